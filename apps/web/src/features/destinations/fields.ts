import type { DestinationForm } from '@jiuye/domain/reference/destination-codes';
import type { MessageKey } from '../../lib/i18n';
import type { DestinationDetails } from './api';

/** Every detail field of any form (the union's fields, flattened for the form and the read view). */
export type DetailField = Exclude<
  DestinationDetails extends infer D ? (D extends unknown ? keyof D : never) : never,
  'form'
>;

/**
 * The fields each form takes, in the order they are filled in, with their label. The same field
 * reads differently by form (the region is where one works, enlists, serves or runs a business).
 */
export const FORM_FIELDS: { [F in DestinationForm]: readonly (readonly [DetailField, MessageKey])[] } = {
  unit: [
    ['uscc', 'destinations.field.uscc'],
    ['name', 'destinations.field.unitName'],
    ['nature', 'destinations.field.nature'],
    ['industryCode', 'destinations.field.industry'],
    ['regionCode', 'destinations.field.workplace'],
    ['occupationCode', 'destinations.field.occupation'],
    ['contractDate', 'destinations.field.contractDate'],
    ['monthlyPay', 'destinations.field.monthlyPay'],
  ],
  enlistment: [
    ['regionCode', 'destinations.field.enlistmentRegion'],
    ['enlistmentDate', 'destinations.field.enlistmentDate'],
  ],
  programme: [
    ['programme', 'destinations.field.programmeName'],
    ['unitName', 'destinations.field.hostUnit'],
    ['regionCode', 'destinations.field.serviceRegion'],
    ['startDate', 'destinations.field.serviceStart'],
  ],
  business: [
    ['online', 'destinations.field.online'],
    ['uscc', 'destinations.field.uscc'],
    ['name', 'destinations.field.businessName'],
    ['regionCode', 'destinations.field.businessRegion'],
    ['startDate', 'destinations.field.businessStart'],
  ],
  freelance: [
    ['work', 'destinations.field.work'],
    ['regionCode', 'destinations.field.freelanceRegion'],
    ['statementSigned', 'destinations.field.statementSigned'],
  ],
  study: [
    ['institution', 'destinations.field.admittingSchool'],
    ['programme', 'destinations.field.admittedProgramme'],
  ],
  abroad: [
    ['country', 'destinations.field.country'],
    ['institution', 'destinations.field.abroadInstitution'],
    ['programme', 'destinations.field.abroadProgramme'],
  ],
  not_placed: [['label', 'destinations.field.notPlacedLabel']],
};

/** Form field names the server reports issues under (`details.uscc` …), for the issue mapper. */
export const ISSUE_FIELDS: readonly string[] = [
  'destinationCode',
  ...new Set(Object.values(FORM_FIELDS).flatMap((fields) => fields.map(([field]) => `details.${field}`))),
  'reason',
];
