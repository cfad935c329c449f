import { describe, expect, it } from 'vitest';
import { parseBackground, parsePost, postLabel, splitList } from './cadre-sheet';
import { parseSendingLevel } from './team-sheet';

describe('reading the cells of the cadre sheets', () => {
  it('reads a post by the body’s full or short name', () => {
    expect(parsePost('村党组织书记')).toEqual({ body: 'party', post: 'secretary' });
    expect(parsePost('党支部副书记')).toEqual({ body: 'party', post: 'deputy_secretary' });
    expect(parsePost('村委会主任')).toEqual({ body: 'committee', post: 'director' });
    expect(parsePost('村委委员')).toEqual({ body: 'committee', post: 'member' });
    expect(parsePost('村务监督委员会主任')).toEqual({ body: 'supervision', post: 'director' });
    expect(parsePost('监委会委员')).toEqual({ body: 'supervision', post: 'member' });
  });

  it('leaves a post without its body, or an unknown one, to be reported', () => {
    expect(parsePost('书记')).toBeUndefined();
    expect(parsePost('村长')).toBeUndefined();
    expect(parsePost('村委会')).toBeUndefined();
  });

  it('writes a post back in the form it reads', () => {
    expect(postLabel({ body: 'committee', post: 'deputy_director' })).toBe('村民委员会副主任');
    expect(parsePost(postLabel({ body: 'committee', post: 'deputy_director' }))).toEqual({
      body: 'committee',
      post: 'deputy_director',
    });
  });

  it('splits a list cell on 、 and the separators people type instead', () => {
    expect(splitList('村党组织书记、村委会主任')).toEqual(['村党组织书记', '村委会主任']);
    expect(splitList('致富能手，退役军人; 其他')).toEqual(['致富能手', '退役军人', '其他']);
    expect(splitList(undefined)).toEqual([]);
  });

  it('accepts the common names of backgrounds and sending levels', () => {
    expect(parseBackground('返乡农民工')).toBe('returned_migrant');
    expect(parseBackground('返乡大学毕业生')).toBe('returned_graduate');
    expect(parseBackground('能人')).toBeUndefined();
    expect(parseSendingLevel('省')).toBe('province');
    expect(parseSendingLevel('乡镇级')).toBe('township');
    expect(parseSendingLevel('国家级')).toBeUndefined();
  });
});
