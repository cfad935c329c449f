import { describe, expect, it } from 'vitest';
import { backgrounds, parsePost, postLabel, postRefusal, splitList } from './cadre-sheet';
import { sendingLevels, teamRoles } from './team-sheet';

describe('reading the cells of the cadre sheets', () => {
  it('reads a post by the body’s full or short name', () => {
    expect(parsePost('村党组织书记')).toEqual({ body: 'party', post: 'secretary' });
    expect(parsePost('党支部副书记')).toEqual({ body: 'party', post: 'deputy_secretary' });
    expect(parsePost('村委会主任')).toEqual({ body: 'committee', post: 'director' });
    expect(parsePost('村委委员')).toEqual({ body: 'committee', post: 'member' });
    expect(parsePost('村务监督委员会主任')).toEqual({ body: 'supervision', post: 'director' });
    expect(parsePost('监委会委员')).toEqual({ body: 'supervision', post: 'member' });
  });

  it('reads the posts of a 社区 (居民委员会) and the 村（居） spellings of county lists', () => {
    expect(parsePost('村(居)委会主任')).toEqual({ body: 'committee', post: 'director' });
    expect(parsePost('村（居）委会 副主任')).toEqual({ body: 'committee', post: 'deputy_director' });
    expect(parsePost('居民委员会委员')).toEqual({ body: 'committee', post: 'member' });
    expect(parsePost('居委会主任')).toEqual({ body: 'committee', post: 'director' });
    expect(parsePost('社区党委书记')).toEqual({ body: 'party', post: 'secretary' });
    expect(parsePost('居务监督委员会主任')).toEqual({ body: 'supervision', post: 'director' });
  });

  it('lists the accepted posts when it refuses one', () => {
    expect(postRefusal('村长')).toContain('可填：村党组织书记、村党组织副书记、村党组织委员、村民委员会主任');
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

  it('accepts the common names of backgrounds, sending levels and team roles', () => {
    expect(backgrounds.parse('返乡农民工')).toBe('returned_migrant');
    expect(backgrounds.parse('返乡大学毕业生')).toBe('returned_graduate');
    expect(backgrounds.parse('外出务工返乡人员')).toBe('returned_migrant');
    expect(backgrounds.parse('回乡大中专毕业生')).toBe('returned_graduate');
    expect(backgrounds.parse('转业退伍军人')).toBe('veteran');
    expect(backgrounds.parse('能人')).toBeUndefined();
    expect(backgrounds.refusal('背景类别', '能人')).toBe(
      '背景类别“能人”无法识别，可填：致富能手、返乡务工人员、返乡大学毕业生、退役军人、其他',
    );
    expect(sendingLevels.parse('省')).toBe('province');
    expect(sendingLevels.parse('自治区')).toBe('province');
    expect(sendingLevels.parse('自治州')).toBe('city');
    expect(sendingLevels.parse('盟')).toBe('city');
    expect(sendingLevels.parse('乡镇级')).toBe('township');
    expect(sendingLevels.parse('国家级')).toBeUndefined();
    expect(sendingLevels.refusal('派出层级', '国家级')).toContain('可填：省级、市级、县级、乡镇级');
    expect(teamRoles.parse('第一书记（队长）')).toBe('secretary_leader');
    expect(teamRoles.parse('第一书记(队长)')).toBe('secretary_leader');
    expect(teamRoles.parse('第一书记兼队长')).toBe('secretary_leader');
    expect(teamRoles.parse('队员')).toBe('member');
    expect(teamRoles.labels).toEqual(['队长', '第一书记', '第一书记（队长）', '队员']);
  });
});
