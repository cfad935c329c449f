import { describe, expect, it } from 'vitest';
import { judgeAnswerOf, optionsOf, questionProblems, stemKeyOf } from './question-rules';

const messages = (q: Parameters<typeof questionProblems>[0]) => questionProblems(q).map((p) => p.message);

describe('question rules (form and import alike)', () => {
  it('accepts a whole single, multiple and true-false question', () => {
    expect(messages({ kind: 'single', stem: '题', options: ['甲', '乙'], answer: 'B' })).toEqual([]);
    expect(messages({ kind: 'multiple', stem: '题', options: ['甲', '乙', '丙'], answer: 'AC' })).toEqual([]);
    expect(messages({ kind: 'judge', stem: '题', options: [], answer: 'B' })).toEqual([]);
  });

  it('names what is wrong in Chinese', () => {
    expect(messages({ kind: 'single', stem: ' ', options: ['甲', '乙'], answer: 'AB' })).toEqual([
      '请填写题干',
      '单选题只能有一个答案，多个答案请选“多选”题型',
    ]);
    expect(messages({ kind: 'single', stem: '题', options: ['甲', '', '丙'], answer: 'D' })).toEqual([
      '选项须从A起连续填写，选项B是空的',
      '答案D不在选项中',
    ]);
    expect(messages({ kind: 'multiple', stem: '题', options: ['甲', '乙'], answer: 'A' })).toEqual([
      '多选题至少有两个正确答案，只有一个答案请选“单选”题型',
    ]);
    expect(messages({ kind: 'single', stem: '题', options: ['甲', '甲'], answer: 'A' })).toEqual([
      '选项B与前面的选项重复',
    ]);
  });

  it('reads 对/错 and their usual spellings, and drops trailing blank options', () => {
    expect(['对', '√', '正确', 'T'].map(judgeAnswerOf)).toEqual(['A', 'A', 'A', 'A']);
    expect(['错', '×', '错误', 'F'].map(judgeAnswerOf)).toEqual(['B', 'B', 'B', 'B']);
    expect(judgeAnswerOf('也许')).toBeUndefined();
    expect(optionsOf('single', ['甲', '乙', ' ', ''])).toEqual(['甲', '乙']);
    expect(optionsOf('judge', ['x'])).toEqual(['正确', '错误']);
  });

  it('finds duplicates whatever the spaces and punctuation', () => {
    expect(stemKeyOf('党的最高理想是什么？')).toBe(stemKeyOf('党的 最高理想是什么'));
  });
});
