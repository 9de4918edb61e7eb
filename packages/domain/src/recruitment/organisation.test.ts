import { describe, expect, it } from 'vitest';
import { createRng, generateUscc } from '../validators/generate';
import { organisationProfileProblems, type OrganisationProfileInput } from './organisation';

const valid = (): OrganisationProfileInput => ({
  kind: 'employer',
  name: '武汉测试科技有限公司',
  uscc: generateUscc(createRng(7), { regionCode: '420111' }),
  nature: 'private',
  industryCode: 'I',
  regionCode: '420111',
  size: 'small',
  contactName: '张敏',
  contactPhone: '+86 138-0027-1234',
  contactEmail: 'hr@example.com',
});

describe('organisation registration rules', () => {
  it('accepts complete data, with a pasted lower-case code and a formatted phone number', () => {
    const input = valid();
    expect(organisationProfileProblems({ ...input, uscc: ` ${input.uscc.toLowerCase()} ` })).toEqual([]);
  });

  it('names every problem at once', () => {
    const problems = organisationProfileProblems({
      ...valid(),
      kind: 'agency',
      name: ' ',
      uscc: '91350100M000100Y44',
      nature: '民营企业',
      industryCode: '63',
      regionCode: '4201',
      size: 'huge',
      contactName: '',
      contactPhone: '12345678901',
      contactEmail: 'hr@',
      introduction: '字'.repeat(2001),
      licenceNo: null,
    });
    expect(problems.map((p) => p.path)).toEqual([
      'name',
      'uscc',
      'nature',
      'industryCode',
      'regionCode',
      'size',
      'contactName',
      'contactPhone',
      'contactEmail',
      'introduction',
      'licenceNo',
    ]);
    expect(problems.find((p) => p.path === 'uscc')?.message).toContain('校验码');
  });

  it('wants a licence number from agencies only, and a plausible one when given', () => {
    expect(
      organisationProfileProblems({
        ...valid(),
        kind: 'agency',
        licenceNo: '（鄂）人服证字〔2024〕第0100123号',
      }),
    ).toEqual([]);
    expect(organisationProfileProblems({ ...valid(), licenceNo: '无' }).map((p) => p.path)).toEqual([
      'licenceNo',
    ]);
  });
});
