import { describe, expect, it } from 'vitest';
import {
  ASSISTANCE_CATEGORIES,
  DEGREE_LEVELS,
  DESTINATION_CATEGORIES,
  DESTINATION_CODES,
  INDUSTRY_SECTIONS,
  NOT_PLACED_LABELS,
  OCCUPATION_MAJOR_GROUPS,
  PROVINCES,
  destinationCategory,
  findNotPlacedLabel,
  findProvince,
  getAssistanceCategory,
  getDegreeLevel,
  getDestinationCode,
  getIndustrySection,
  getOccupationMajorGroup,
  getProvince,
  industrySectionOfCode,
  isPlacedDestination,
  isProvinceCode,
  parseAssistanceCategory,
  parseDegree,
  provinceOfRegionCode,
} from './index';

describe('provinces', () => {
  it('has the 34 province-level codes of GB/T 2260, unique', () => {
    const codes = PROVINCES.map((p) => p.code);
    expect(codes).toHaveLength(34);
    expect(new Set(codes).size).toBe(34);
    expect(codes.join(' ')).toBe(
      '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82',
    );
  });

  it('has unique names and short names that prefix the names', () => {
    expect(new Set(PROVINCES.map((p) => p.name)).size).toBe(34);
    for (const p of PROVINCES) expect(p.name.startsWith(p.shortName), p.name).toBe(true);
  });

  it('marks the four municipalities, five autonomous regions and two SARs', () => {
    const byKind = (kind: string) => PROVINCES.filter((p) => p.kind === kind).map((p) => p.code);
    expect(byKind('municipality')).toEqual(['11', '12', '31', '50']);
    expect(byKind('autonomous_region')).toEqual(['15', '45', '54', '64', '65']);
    expect(byKind('sar')).toEqual(['81', '82']);
  });

  it.each(['11', '46', '65', '71', '81', '82'])('isProvinceCode(%s) is true', (code) => {
    expect(isProvinceCode(code)).toBe(true);
  });

  it.each(['', '1', '10', '16', '20', '30', '47', '66', '70', '80', '83', '99', '110', '110000', ' 11'])(
    'isProvinceCode(%j) is false',
    (code) => {
      expect(isProvinceCode(code)).toBe(false);
    },
  );

  it('looks provinces up by code, name, short name and region code', () => {
    expect(getProvince('44')?.name).toBe('广东省');
    expect(getProvince('99')).toBeNull();
    expect(findProvince(' 广西 ')?.code).toBe('45');
    expect(findProvince('新疆维吾尔自治区')?.code).toBe('65');
    expect(findProvince('50')?.name).toBe('重庆市');
    expect(findProvince('火星')).toBeNull();
    expect(provinceOfRegionCode('440305')?.shortName).toBe('广东');
    expect(provinceOfRegionCode('990000')).toBeNull();
  });
});

describe('degree levels', () => {
  it('lists doctor, master, bachelor, associate with GB/T 4658-2006 codes', () => {
    expect(DEGREE_LEVELS.map((l) => [l.key, l.gbCode, l.gbName])).toEqual([
      ['doctor', '11', '博士研究生毕业'],
      ['master', '14', '硕士研究生毕业'],
      ['bachelor', '21', '大学本科毕业'],
      ['associate', '31', '大学专科毕业'],
    ]);
  });

  it('points each level at the right major catalogues', () => {
    expect(getDegreeLevel('doctor').majorCatalogs).toEqual([
      { catalog: 'MOE_GRADUATE_2022', educationLevel: 'GRADUATE' },
    ]);
    expect(getDegreeLevel('master').majorCatalogs).toEqual([
      { catalog: 'MOE_GRADUATE_2022', educationLevel: 'GRADUATE' },
    ]);
    expect(getDegreeLevel('bachelor').majorCatalogs).toEqual([
      { catalog: 'MOE_UNDERGRADUATE_2024', educationLevel: 'UNDERGRADUATE' },
      { catalog: 'MOE_VOCATIONAL_2021', educationLevel: 'VOCATIONAL_BACHELOR' },
    ]);
    expect(getDegreeLevel('associate').majorCatalogs).toEqual([
      { catalog: 'MOE_VOCATIONAL_2021', educationLevel: 'VOCATIONAL_ASSOCIATE' },
    ]);
  });

  it('has no alias that maps to two levels', () => {
    const all = DEGREE_LEVELS.flatMap((l) => l.aliases.map((a) => a.toLowerCase()));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    ['博士', 'doctor'],
    ['博士生', 'doctor'],
    ['博士研究生', 'doctor'],
    ['doctor', 'doctor'],
    ['PhD', 'doctor'],
    ['11', 'doctor'],
    ['硕士', 'master'],
    ['硕士研究生', 'master'],
    ['研究生', 'master'],
    ['Master', 'master'],
    ['14', 'master'],
    ['本科', 'bachelor'],
    ['本科生', 'bachelor'],
    ['职业本科', 'bachelor'],
    ['bachelor', 'bachelor'],
    ['BACHELOR', 'bachelor'],
    ['21', 'bachelor'],
    ['专科', 'associate'],
    ['大专', 'associate'],
    ['高职', 'associate'],
    ['高职专科', 'associate'],
    ['专科（高职）', 'associate'],
    ['专科(高职)', 'associate'],
    ['associate', 'associate'],
    ['31', 'associate'],
    [' 本 科 ', 'bachelor'],
    ['２１', 'bachelor'],
  ] as const)('parseDegree(%j) → %s', (input, key) => {
    expect(parseDegree(input)).toBe(key);
  });

  it.each(['', '中专', '高中', '博士后', '22', 'bachelors degree', '本'])(
    'parseDegree(%j) → null',
    (input) => {
      expect(parseDegree(input)).toBeNull();
    },
  );
});

describe('destination codes', () => {
  it('holds exactly the codes listed in PRODUCT.md', () => {
    expect(DESTINATION_CODES.map((d) => d.code).sort()).toEqual(
      [
        '10',
        '11',
        '12',
        '27',
        '46',
        '50',
        '51',
        '75',
        '76',
        '80',
        '85',
        '70',
        '71',
        '72',
        '502',
        '503',
        '512',
        '801',
        '802',
      ].sort(),
    );
  });

  it('has unique codes and names', () => {
    expect(new Set(DESTINATION_CODES.map((d) => d.code)).size).toBe(DESTINATION_CODES.length);
    expect(new Set(DESTINATION_CODES.map((d) => d.name)).size).toBe(DESTINATION_CODES.length);
  });

  it('gives every sub-code an existing two-digit parent with the same category', () => {
    for (const d of DESTINATION_CODES) {
      if (d.code.length === 2) {
        expect(d.parentCode, d.code).toBeNull();
        continue;
      }
      expect(d.parentCode, d.code).toBe(d.code.slice(0, 2));
      expect(getDestinationCode(d.parentCode ?? '')?.category, d.code).toBe(d.category);
    }
  });

  it.each([
    ['10', 'employed_unit'],
    ['11', 'employed_unit'],
    ['12', 'employed_unit'],
    ['27', 'employed_unit'],
    ['46', 'employed_unit'],
    ['50', 'employed_unit'],
    ['51', 'employed_unit'],
    ['502', 'employed_unit'],
    ['512', 'employed_unit'],
    ['75', 'self_employed'],
    ['76', 'freelance'],
    ['80', 'further_study'],
    ['801', 'further_study'],
    ['85', 'further_study'],
    ['70', 'not_placed'],
    ['71', 'not_placed'],
    ['72', 'not_placed'],
  ] as const)('%s is %s', (code, category) => {
    expect(destinationCategory(code)).toBe(category);
  });

  it('counts placed codes for 去向落实率', () => {
    expect(isPlacedDestination('85')).toBe(true);
    expect(isPlacedDestination(' 10 ')).toBe(true);
    expect(isPlacedDestination('70')).toBe(false);
    expect(isPlacedDestination('99')).toBe(false);
    expect(destinationCategory('99')).toBeNull();
  });

  it('uses every category and only known ones', () => {
    const keys = DESTINATION_CATEGORIES.map((c) => c.key);
    expect(new Set(DESTINATION_CODES.map((d) => d.category))).toEqual(new Set(keys));
  });

  it('lists the seven not-yet-placed labels of PRODUCT.md', () => {
    expect(NOT_PLACED_LABELS.map((l) => l.name)).toEqual([
      '求职中',
      '签约中',
      '拟参加公招考试',
      '拟创业',
      '拟升学',
      '拟出国出境',
      '暂不就业',
    ]);
    expect(new Set(NOT_PLACED_LABELS.map((l) => l.key)).size).toBe(7);
    for (const l of NOT_PLACED_LABELS) expect(destinationCategory(l.legacyCode)).toBe('not_placed');
    expect(findNotPlacedLabel('签约中')?.key).toBe('signing');
    expect(findNotPlacedLabel('planning_abroad')?.name).toBe('拟出国出境');
    expect(findNotPlacedLabel('待就业')).toBeNull();
  });
});

describe('assistance categories', () => {
  it('lists the seven categories of measure (十一) in order', () => {
    expect(ASSISTANCE_CATEGORIES.map((c) => c.name)).toEqual([
      '脱贫家庭',
      '低保家庭',
      '低保边缘家庭',
      '刚性支出困难家庭',
      '零就业家庭',
      '残疾',
      '较长时间未就业',
    ]);
    expect(new Set(ASSISTANCE_CATEGORIES.map((c) => c.key)).size).toBe(7);
  });

  it.each([
    ['脱贫家庭', 'poverty_alleviated'],
    ['建档立卡', 'poverty_alleviated'],
    ['低保', 'subsistence_allowance'],
    ['低保家庭', 'subsistence_allowance'],
    ['低保边缘', 'near_subsistence'],
    ['低保边缘家庭', 'near_subsistence'],
    ['刚性支出困难家庭', 'rigid_expenditure'],
    ['零就业家庭', 'zero_employment'],
    ['残疾', 'disability'],
    ['有残疾的', 'disability'],
    ['较长时间未就业', 'long_unemployed'],
    ['zero_employment', 'zero_employment'],
    [' 低保家庭毕业生 ', 'subsistence_allowance'],
    ['残疾的高校毕业生', 'disability'],
  ] as const)('parseAssistanceCategory(%j) → %s', (input, key) => {
    expect(parseAssistanceCategory(input)).toBe(key);
  });

  it.each(['', '困难', '毕业生', '贫困生', '孤儿'])('parseAssistanceCategory(%j) → null', (input) => {
    expect(parseAssistanceCategory(input)).toBeNull();
  });

  it('looks a category up by key', () => {
    expect(getAssistanceCategory('disability').name).toBe('残疾');
  });
});

describe('industry sections', () => {
  it('has the 20 sections A–T in order', () => {
    expect(INDUSTRY_SECTIONS.map((s) => s.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
  });

  it('covers divisions 01–97 without gaps or overlaps', () => {
    let next = 1;
    for (const s of INDUSTRY_SECTIONS) {
      expect(Number(s.divisions[0]), s.code).toBe(next);
      expect(Number(s.divisions[1])).toBeGreaterThanOrEqual(Number(s.divisions[0]));
      next = Number(s.divisions[1]) + 1;
    }
    expect(next).toBe(98);
  });

  it.each([
    ['01', 'A'],
    ['0111', 'A'],
    ['13', 'C'],
    ['43', 'C'],
    ['6510', 'I'],
    ['70', 'K'],
    ['83', 'P'],
    ['97', 'T'],
  ])('industrySectionOfCode(%s) → %s', (code, section) => {
    expect(industrySectionOfCode(code)?.code).toBe(section);
  });

  it.each(['', '00', '98', '1', 'I65', '12345'])('industrySectionOfCode(%j) → null', (code) => {
    expect(industrySectionOfCode(code)).toBeNull();
  });

  it('finds a section by letter', () => {
    expect(getIndustrySection(' i ')?.name).toBe('信息传输、软件和信息技术服务业');
    expect(getIndustrySection('U')).toBeNull();
  });
});

describe('occupation major groups', () => {
  it('has groups 1–8 with the 2022 names', () => {
    expect(OCCUPATION_MAJOR_GROUPS.map((g) => g.code).join('')).toBe('12345678');
    expect(getOccupationMajorGroup('7')?.name).toBe('军队人员');
    expect(getOccupationMajorGroup('2-02-10-03')?.name).toBe('专业技术人员');
    expect(getOccupationMajorGroup('9')).toBeNull();
    expect(getOccupationMajorGroup('')).toBeNull();
  });
});
