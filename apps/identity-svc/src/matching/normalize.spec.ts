import { readFileSync } from 'node:fs';
import {
  blockingKeysOf,
  nicknames,
  normalizeBirthDate,
  normalizeEmail,
  normalizePerson,
  normalizePhone,
  normalizePostalCode,
  type PersonInput,
} from './index.js';

describe('phones: E.164 through libphonenumber-js, the source country as default', () => {
  it.each([
    ['US national', '(617) 253-1000', 'US', { value: '+16172531000' }],
    ['US with dots and an extension', '617.253.1000 x12', 'US', { value: '+16172531000' }],
    ['US with the trunk 1', '1-617-253-1000', 'US', { value: '+16172531000' }],
    ['GB national', '020 7946 0958', 'GB', { value: '+442079460958' }],
    ['international beats the default country', '+44 20 7946 0958', 'US', { value: '+442079460958' }],
    ['possible but not valid (no area code 555): kept, flagged', '(555) 123-4567', 'US', { value: '+15551234567', flag: 'phone-not-valid' }],
    ['too short', '12', 'US', { flag: 'phone-invalid' }],
    ['all zeros', '000-000-0000', 'US', { flag: 'phone-placeholder' }],
    ['one digit repeated', '(999) 999-9999', 'US', { flag: 'phone-placeholder' }],
    ['1234567890', '123-456-7890', 'US', { flag: 'phone-placeholder' }],
  ] as const)('%s: %s', (_, raw, country, expected) => {
    expect(normalizePhone(raw, country)).toEqual(expected);
  });

  it('uses the per-source default country unless the record says otherwise', () => {
    expect(normalizePerson({ source: 'clerk', phone: '020 7946 0958' }).phone).toBeUndefined();
    expect(normalizePerson({ source: 'clerk', phone: '020 7946 0958', country: 'GB' }).phone).toBe('+442079460958');
    expect(normalizePerson({ source: 'rimo', phone: '617-253-1000' })).toMatchObject({ phone: '+16172531000', phoneRaw: '617-253-1000' });
  });
});

describe('e-mail: lower case and provider-aware alias folding, raw kept', () => {
  it.each([
    ['gmail ignores dots and +tags', 'John.Smith+news@Gmail.com', { value: 'johnsmith@gmail.com' }],
    ['googlemail is gmail', 'j.smith@googlemail.com', { value: 'jsmith@gmail.com' }],
    ['outlook drops +tags, keeps dots', 'J.Smith+shop@outlook.com', { value: 'j.smith@outlook.com' }],
    ['me.com is icloud.com', 'anna+x@me.com', { value: 'anna@icloud.com' }],
    ['yahoo keeps what it is given (no + addressing)', 'a.b+c@Yahoo.com', { value: 'a.b+c@yahoo.com' }],
    ['an unknown domain keeps its + part', 'x+y@clinic.org', { value: 'x+y@clinic.org' }],
    ['test@test.com is a placeholder', 'test@test.com', { flag: 'email-placeholder' }],
    ['example.com is a placeholder', 'jane@example.com', { flag: 'email-placeholder' }],
    ['noemail@ is a placeholder', 'noemail@gmail.com', { flag: 'email-placeholder' }],
    ['no @', 'not-an-email', { flag: 'email-invalid' }],
  ] as const)('%s: %s', (_, raw, expected) => {
    expect(normalizeEmail(raw)).toEqual(expected);
  });

  it('keeps the address as given next to the folded one', () => {
    expect(normalizePerson({ source: 'clerk', email: ' Mary.Jones+2@GMAIL.com ' })).toMatchObject({
      email: 'maryjones@gmail.com',
      emailRaw: 'Mary.Jones+2@GMAIL.com',
    });
  });
});

describe('names: Unicode-folded, prefixes and suffixes split', () => {
  it.each<[string, Partial<PersonInput>, Record<string, unknown>]>([
    ['diacritics stripped', { givenName: 'José', familyName: 'Núñez' }, { given: 'jose', family: 'nunez' }],
    ['ß and ø spelled out', { givenName: 'Søren', familyName: 'Strauß' }, { given: 'soren', family: 'strauss' }],
    ['full-width letters (NFKD)', { givenName: 'Ｊｏｈｎ' }, { given: 'john' }],
    ['apostrophe dropped, hyphen a space', { givenName: 'Mary-Ann', familyName: "O'Brien" }, { given: 'mary ann', givenFirst: 'mary', family: 'obrien' }],
    ['prefix in the given name', { givenName: 'Dr. Alan' }, { prefix: 'dr', given: 'alan' }],
    ['suffix in the family name', { familyName: 'Smith Jr.' }, { family: 'smith', suffix: 'jr' }],
    ['roman numeral suffix', { familyName: 'King III' }, { family: 'king', suffix: 'iii' }],
    ['ordinal suffix', { familyName: 'King 2nd' }, { family: 'king', suffix: 'ii' }],
    ['suffix field', { familyName: 'Lee', suffix: 'Senior' }, { family: 'lee', suffix: 'sr' }],
    ['credentials kept apart', { familyName: 'Grey MD' }, { family: 'grey', credentials: ['md'] }],
    ['a middle initial V is not a suffix', { givenName: 'John V' }, { given: 'john v' }],
    ['placeholder given name dropped', { givenName: 'Unknown', familyName: 'Rivera' }, { family: 'rivera', flags: ['name-placeholder'] }],
    ['John Doe dropped', { givenName: 'John', familyName: 'Doe' }, { flags: ['name-placeholder'] }],
  ])('%s', (_, input, expected) => {
    const n = normalizePerson({ source: 'patient-graph', ...input });
    expect(n).toMatchObject(expected);
    if (!('given' in expected)) expect(n.given).toBeUndefined();
  });
});

describe('birth dates and postal codes', () => {
  it.each([
    ['1985-07-04', { value: '1985-07-04' }],
    ['1985-07-04T00:00:00Z', { value: '1985-07-04' }],
    ['2000-02-29', { value: '2000-02-29' }],
    ['1900-02-29', { flag: 'birthdate-invalid' }],
    ['1980-02-30', { flag: 'birthdate-invalid' }],
    ['07/04/1985', { flag: 'birthdate-invalid' }],
    ['1900-01-01', { flag: 'birthdate-placeholder' }],
  ] as const)('%s', (raw, expected) => {
    expect(normalizeBirthDate(raw)).toEqual(expected);
  });

  it.each([
    ['02139', '02139'],
    ['02139-4307', '02139'],
    ['sw1a 1aa', 'SW1A1AA'],
    ['00000', undefined],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePostalCode(raw)).toBe(expected);
  });
});

describe('blocking keys', () => {
  it('makes every kind of key from a full record', () => {
    const n = normalizePerson({
      source: 'clerk',
      givenName: 'Bill',
      familyName: 'Smith',
      birthDate: '1980-03-15',
      phone: '+1 617 253 1000',
      email: 'Bill.Smith@gmail.com',
      postalCode: '02139',
    });
    expect(new Set(n.blockingKeys)).toEqual(
      new Set([
        'p:+16172531000',
        'e:billsmith@gmail.com',
        'd:1980-03-15',
        // double metaphone of "smith": SM0 (primary), XMT (secondary)
        's:SM0:1980',
        's:XMT:1980',
        // "bill" and the heads of the nickname lines that list it
        'g:bill:03-15',
        'g:will:03-15',
        'g:william:03-15',
        'g:willis:03-15',
        'z:021:sb',
        // phonetic surname + each canonical given name
        'n:SM0:bill',
        'n:SM0:will',
        'n:SM0:william',
        'n:SM0:willis',
      ]),
    );
  });

  it('gives nickname-related given names a shared key', () => {
    const keys = (givenName: string) => normalizePerson({ source: 'clerk', givenName, birthDate: '1980-03-15' }).blockingKeys;
    for (const [a, b] of [['Bill', 'William'], ['Bob', 'Robert'], ['Peggy', 'Margaret'], ['Liz', 'Elizabeth']] as const) {
      expect(keys(a).filter((k) => k.startsWith('g:') && keys(b).includes(k))).not.toEqual([]);
    }
  });

  it('never makes a key from a placeholder', () => {
    const n = normalizePerson({
      source: 'bigcommerce',
      givenName: 'Test',
      familyName: 'Unknown',
      birthDate: '1900-01-01',
      phone: '000-000-0000',
      email: 'test@test.com',
      postalCode: '00000',
    });
    expect(n.blockingKeys).toEqual([]);
    expect(new Set(n.flags)).toEqual(new Set(['name-placeholder', 'birthdate-placeholder', 'phone-placeholder', 'email-placeholder']));
    expect(blockingKeysOf(n)).toEqual([]);
  });
});

describe('the vendored nickname list', () => {
  it('is a plain comma list (no quoting the simple split would misread)', () => {
    const text = readFileSync(new URL('./data/names.csv', import.meta.url), 'utf8');
    expect(text).not.toContain('"');
    expect(text.split(/\r?\n/).filter(Boolean).length).toBeGreaterThan(1000);
  });

  it.each([
    ['bill', 'william', true],
    ['william', 'bill', true],
    ['peggy', 'margaret', true],
    ['bob', 'robert', true],
    ['john', 'jack', true],
    ['john', 'mary', false],
    ['jim', 'james', true],
    ['anna', 'anna', false],
  ])('%s ~ %s: %s', (a, b, related) => {
    expect(nicknames().areRelated(a, b)).toBe(related);
  });
});
