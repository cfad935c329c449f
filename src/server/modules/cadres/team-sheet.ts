import { sendingLevel, teamRole } from '../../../contracts/registry/enums';
import { SENDING_LEVEL_SYNONYMS, TEAM_ROLE_SYNONYMS } from '../../../contracts/registry/synonyms';
import type { ImportSheetSpec } from '../../platform/excel/spec';
import { vocabulary } from '../../platform/excel/vocabulary';

// The 驻村工作队 sheet: one row per member; rows with the same village and team name are one team.

export const TEAM_SHEET = '驻村工作队';

/** 省级 / 市级 / 县级 / 乡镇级, also without 级 (省、县、乡镇) and 自治区, 自治州, 盟, 旗 …. */
export const sendingLevels = vocabulary(
  sendingLevel,
  SENDING_LEVEL_SYNONYMS,
  '（自治区、直辖市按省级，自治州、盟、地区按市级，自治县、旗按县级，街道按乡镇级）',
);
/** 队长 / 第一书记 / 第一书记（队长） / 队员, also 第一书记兼队长 …. */
export const teamRoles = vocabulary(teamRole, TEAM_ROLE_SYNONYMS);

export const teamSheetSpec = (villages: string[]): ImportSheetSpec => ({
  name: TEAM_SHEET,
  instructions: [
    '驻村工作队导入模板（振兴平台）',
    '1. 每行一名工作队队员。同一村、同一工作队名称的各行属于同一支工作队；系统中还没有的工作队，按该队第一行的派出单位、派出层级、开始日期和结束日期新建。',
    '2. 已登记的工作队只增加队员，名称、派出单位和日期不因导入而改变（请在“驻村工作队”页面修改）；结束日期可留空，填写时须与已登记的一致。',
    '3. 派出单位、派出层级是该队员的（可与工作队不同）；派出层级填省级、市级、县级或乡镇级（自治区、直辖市按省级，自治州、盟、地区按市级，自治县、旗按县级）。队内职务填队长、第一书记、第一书记（队长）或队员：第一书记兼任队长的填“第一书记（队长）”。',
    '4. 同一工作队中同名的队员只能有一行，已在队中的不能重复导入。',
    '5. 驻村从下拉列表选择“乡镇/村”，也可填12位区划代码。日期可填 2021-07-01、2021/7/1 或 2021年7月1日。',
    '6. 整个文件检查无误才会导入；只要有一处错误就不导入任何数据，并提供标注错误的文件。',
    '',
    '各列说明：',
  ],
  columns: [
    { key: 'village', header: '驻村', required: true, width: 22, choices: villages },
    { key: 'team', header: '工作队名称', required: true, width: 24, hint: '同村同名的行为同一支工作队' },
    { key: 'sendingUnit', header: '派出单位', required: true, width: 22 },
    { key: 'sendingLevel', header: '派出层级', required: true, choices: sendingLevels.labels },
    { key: 'name', header: '队员姓名', required: true },
    { key: 'phone', header: '联系电话', text: true, width: 14, hint: '11位手机号，可不填' },
    { key: 'role', header: '队内职务', required: true, choices: teamRoles.labels },
    { key: 'startedOn', header: '开始日期', hint: '队员驻村开始日期；新工作队也以此为开始日期' },
    { key: 'endedOn', header: '结束日期', hint: '工作队结束日期，在驻留空' },
  ],
});
