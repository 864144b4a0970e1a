import {
  BLOCK_CAP,
  BlockIndex,
  compare,
  decideLink,
  jaroWinkler,
  Matcher,
  normalizePerson,
  TermFrequencyTable,
  type NormalizedPerson,
  type PersonInput,
} from './index.js';

const matcher = Matcher.load();
const person = (p: Partial<PersonInput>) => normalizePerson({ source: 'patient-graph', ...p });

const alice: Partial<PersonInput> = {
  givenName: 'Alice',
  familyName: 'Moreno',
  birthDate: '1984-06-21',
  sexAtBirth: 'female',
  email: 'alice.moreno@gmail.com',
  phone: '617-253-1000',
  addressLine: '12 Elm Street',
  city: 'Cambridge',
  postalCode: '02139',
};


/** The patient decideLink() links `a` to when `b` (patient 'b') is its one candidate, or undefined. */
function linkOf(a: NormalizedPerson, b: NormalizedPerson): string | undefined {
  const scored = matcher.score(a, b);
  return decideLink([{ patient: 'b', probability: scored.explanation.probability, total: scored.explanation.total, reasons: scored.reasons }], matcher.thresholds).link;
}
describe('comparison levels', () => {
  it.each<[string, Partial<PersonInput>, Partial<PersonInput>, string, string]>([
    ['same given name', { givenName: 'Alice' }, { givenName: 'ALICE' }, 'givenName', 'exact'],
    ['nickname', { givenName: 'Bill' }, { givenName: 'William' }, 'givenName', 'nickname'],
    ['typo', { givenName: 'Jonathan' }, { givenName: 'Jonathon' }, 'givenName', 'jw92'],
    ['initial', { givenName: 'J' }, { givenName: 'John' }, 'givenName', 'initial'],
    ['different given names', { givenName: 'Mary' }, { givenName: 'Susan' }, 'givenName', 'disagree'],
    ['one side missing', { givenName: 'Mary' }, {}, 'givenName', 'missing'],
    ['surname with diacritics', { familyName: 'Núñez' }, { familyName: 'Nunez' }, 'familyName', 'exact'],
    ['one part of a double surname', { familyName: 'Garcia-Lopez' }, { familyName: 'Lopez' }, 'familyName', 'token'],
    ['surname typo', { familyName: 'Johnson' }, { familyName: 'Jonhson' }, 'familyName', 'jw92'],
    // Jaro–Winkler 0.893 (4 of 5 letters in place, prefix "sm"), below the 0.92 band; double metaphone SM0 for both
    ['sounds alike', { familyName: 'Smith' }, { familyName: 'Smyth' }, 'familyName', 'phonetic'],
    ['spelling variant', { familyName: 'Kaczmarek' }, { familyName: 'Kachmarek' }, 'familyName', 'jw92'],
    ['other surname', { familyName: 'Moreno' }, { familyName: 'Walsh' }, 'familyName', 'disagree'],
    ['birth date day/month swapped', { birthDate: '1984-06-07' }, { birthDate: '1984-07-06' }, 'birthDate', 'swap'],
    ['birth year digits transposed', { birthDate: '1989-06-21' }, { birthDate: '1998-06-21' }, 'birthDate', 'transposed'],
    ['birth day digits transposed', { birthDate: '1984-06-12' }, { birthDate: '1984-06-21' }, 'birthDate', 'transposed'],
    ['one digit off', { birthDate: '1984-06-21' }, { birthDate: '1984-06-22' }, 'birthDate', 'typo'],
    ['a day off across the tens', { birthDate: '1973-09-10' }, { birthDate: '1973-09-09' }, 'birthDate', 'typo'],
    ['a day off across a month end', { birthDate: '1984-06-30' }, { birthDate: '1984-07-01' }, 'birthDate', 'typo'],
    ['two days off is another date', { birthDate: '1984-06-30' }, { birthDate: '1984-07-02' }, 'birthDate', 'disagree'],
    ['other birth date', { birthDate: '1984-06-21' }, { birthDate: '1990-01-02' }, 'birthDate', 'disagree'],
    ['suffix conflict', { familyName: 'Reed Jr' }, { familyName: 'Reed Sr' }, 'suffix', 'conflict'],
    ['gmail aliases', { email: 'a.moreno+x@gmail.com' }, { email: 'amoreno@googlemail.com' }, 'email', 'exact'],
    ['phone formats', { phone: '(617) 253-1000' }, { phone: '+1 617 253 1000' }, 'phone', 'exact'],
    ['phone one digit off', { phone: '617-253-1000' }, { phone: '617-253-1001' }, 'phone', 'typo'],
    ['street abbreviations', { addressLine: '12 Elm Street', postalCode: '02139' }, { addressLine: '12 elm st.', postalCode: '02139' }, 'address', 'exact'],
    ['same street, other ZIP', { addressLine: '12 Elm Street', postalCode: '02139' }, { addressLine: '12 Elm St', postalCode: '02140' }, 'address', 'line'],
    ['ZIP+4 against ZIP', { postalCode: '02139-4307' }, { postalCode: '02139' }, 'address', 'postal'],
    ['another house number is another address', { addressLine: '12 Elm Street', postalCode: '02139' }, { addressLine: '14 Elm Street', postalCode: '02139' }, 'address', 'postal'],
    ['same city only', { addressLine: '12 Elm Street', city: 'Boston' }, { addressLine: '3 Oak Ave', city: 'BOSTON' }, 'address', 'area'],
    ['suffix on one side only', { familyName: 'Reed Jr' }, { familyName: 'Reed' }, 'suffix', 'partial'],
  ])('%s', (_, a, b, field, level) => {
    expect(compare(person(a), person(b))[field as 'givenName']).toBe(level);
  });

  it('Jaro–Winkler gives the textbook values', () => {
    // Winkler (1990): MARTHA/MARHTA 0.961, DWAYNE/DUANE 0.840, DIXON/DICKSONX 0.813
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.961, 3);
    expect(jaroWinkler('dwayne', 'duane')).toBeCloseTo(0.84, 3);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.813, 3);
  });
});

describe('the score and its explanation', () => {
  const pairs: [Partial<PersonInput>, Partial<PersonInput>][] = [
    [alice, alice],
    [alice, { ...alice, givenName: 'Ally', email: undefined, phone: '617-253-1001' }],
    [alice, { givenName: 'Bob', familyName: 'Stone', birthDate: '1950-01-01' }],
    [alice, {}],
    [{ givenName: 'Élodie', familyName: 'Faure', sexAtBirth: 'F' }, { givenName: 'Elodie', familyName: 'Faure-Blanc', birthDate: '1991-12-03' }],
  ];

  it.each(pairs.map((p, i) => [i, ...p] as const))('pair %i: prior + Σ weights = total exactly, in any order', (_, a, b) => {
    const { explanation } = matcher.score(person(a), person(b));
    const forward = explanation.fields.reduce((s, f) => s + f.weight, explanation.prior);
    const backward = [...explanation.fields].reverse().reduce((s, f) => s + f.weight, 0) + explanation.prior;
    expect(forward).toBe(explanation.total);
    expect(backward).toBe(explanation.total);
    expect(explanation.probability).toBeCloseTo(2 ** explanation.total / (1 + 2 ** explanation.total), 12);
    expect(explanation.modelVersion).toBe(matcher.modelVersion);
    expect(explanation.fields.map((f) => f.field)).toEqual([
      'givenName', 'middleName', 'familyName', 'suffix', 'birthDate', 'sex', 'email', 'phone', 'address',
    ]);
  });

  it('grades the same person seen by two systems certain, and strangers not at all', () => {
    const clerk = normalizePerson({ ...alice, source: 'clerk', email: 'Alice.Moreno+shop@gmail.com', addressLine: undefined });
    const rimo = normalizePerson({ ...alice, source: 'rimo', givenName: 'Alice', phone: '(617) 253-1000' });
    expect(matcher.score(clerk, rimo)).toMatchObject({ grade: 'certain', hardNegative: false, reasons: [] });
    const stranger = person({ givenName: 'Bob', familyName: 'Stone', birthDate: '1950-01-01', postalCode: '94110' });
    expect(matcher.score(person(alice), stranger).grade).toBeNull();
  });

  it('a missing field carries no weight', () => {
    const { explanation } = matcher.score(person(alice), person({ givenName: 'Alice' }));
    for (const f of explanation.fields.filter((x) => x.level === 'missing')) expect(f.weight).toBe(0);
  });

  it('weighs agreement on a common surname less than on a rare one (term frequencies)', () => {
    const population = [
      ...Array.from({ length: 99 }, (_, i) => person({ givenName: `n${i}`, familyName: 'Smith' })),
      person({ givenName: 'x', familyName: 'Zbikowski' }),
    ];
    const tf = TermFrequencyTable.from(population);
    const a = { givenName: 'Ann', birthDate: '1970-05-05' };
    const smith = matcher.explain(person({ ...a, familyName: 'Smith' }), person({ ...a, familyName: 'Smith' }), tf);
    const rare = matcher.explain(person({ ...a, familyName: 'Zbikowski' }), person({ ...a, familyName: 'Zbikowski' }), tf);
    const weight = (e: typeof smith) => e.fields.find((f) => f.field === 'familyName')!.weight;
    expect(weight(smith)).toBeLessThan(weight(rare));
    expect(smith.total).toBeLessThan(rare.total);
  });
});

describe('hard negatives and household ambiguity are never certain on their own', () => {
  it('twins: same birth date, surname and address, different given names', () => {
    const twin = { ...alice, givenName: 'Clara', email: undefined };
    const scored = matcher.score(person({ ...alice, email: undefined }), person(twin));
    expect(scored.hardNegative).toBe(true);
    expect(scored.reasons).toEqual(['twins']);
    expect(scored.grade).not.toBe('certain');
  });

  it('twins of another sex whose names are close (Daniel, Danielle)', () => {
    const base = { ...alice, givenName: 'Daniel', sexAtBirth: 'male', email: undefined };
    const scored = matcher.score(person(base), person({ ...base, givenName: 'Danielle', sexAtBirth: 'female' }));
    expect(scored.reasons).toEqual(['twins']);
    expect(scored.grade).not.toBe('certain');
  });

  it('twins who share no contact detail: same birth date and surname is enough', () => {
    const one = person({ givenName: 'Ava', familyName: 'Moreno', birthDate: '2001-02-03', email: 'ava.m@gmail.com' });
    const two = person({ givenName: 'Liam', familyName: 'Moreno', birthDate: '2001-02-03', email: 'liam.m@gmail.com' });
    expect(matcher.score(one, two).reasons).toEqual(['twins']);
  });

  it('household members: a spouse at the same address and landline is not the same person', () => {
    const husband = { ...alice, givenName: 'Mark', sexAtBirth: 'male', birthDate: '1982-01-30', email: undefined };
    const scored = matcher.score(person({ ...alice, email: undefined }), person(husband));
    expect(scored.reasons).toEqual(['household-member']);
    expect(scored.grade).not.toBe('certain');
  });

  it('a household record without a given name cannot tell its members apart', () => {
    // A mailbox that spells no name ("amoreno": an initial); one that spells hers would say which member it is (below).
    const clerk = person({ familyName: 'Moreno', email: 'amoreno@gmail.com', phone: alice.phone });
    const scored = matcher.score(person({ ...alice, email: 'amoreno@gmail.com' }), clerk);
    expect(scored.reasons).toEqual(['household-ambiguous']);
    expect(scored.grade).not.toBe('certain');
    // Not evidence against: decideLink() may link it when no other member of the household is a candidate.
    expect(scored.hardNegative).toBe(false);
    expect(matcher.score(person(alice), person({ familyName: 'Moreno', email: alice.email, phone: alice.phone })).reasons).toEqual([]);
  });

  it('father and son: Jr against Sr, everything else the same', () => {
    const senior = { ...alice, givenName: 'Robert', familyName: 'Moreno Sr.', sexAtBirth: 'male' };
    const scored = matcher.score(person(senior), person({ ...senior, familyName: 'Moreno Jr.' }));
    expect(scored).toMatchObject({ hardNegative: true, reasons: ['suffix-conflict'] });
    expect(scored.grade).toBe('probable');
  });

  it('a pair found only through a capped block is held back', () => {
    const scored = matcher.score(person(alice), person(alice), undefined, { capped: true });
    expect(scored).toMatchObject({ grade: 'probable', hardNegative: false, reasons: ['capped-block'] });
  });
});

describe('an auto-link needs more than names (uncorroborated pairs are at most probable)', () => {
  // Expected reasons from docs/identity.md ("Corroboration"), not from the matcher.
  const certain = matcher.thresholds.certain;

  it('the same full name and postal code, with different e-mails and phones, is two people until someone checks', () => {
    const shop = person({ givenName: 'Cynthia', familyName: 'Cooper', email: 'cynthiacooper07@hotmail.com', postalCode: '01060', phone: '351-643-1887' });
    const other = person({ givenName: 'Cynthia', familyName: 'Cooper', email: 'cynthia.cooper@aol.com', postalCode: '01060', phone: '339-648-1602' });
    const scored = matcher.score(shop, other);
    expect(scored.reasons).toEqual(['uncorroborated']);
    expect(scored.grade).not.toBe('certain');
    expect(scored.hardNegative).toBe(false);
  });

  it('names alone score as certain and are held back: the grade, not the probability, changes', () => {
    const names = { givenName: 'Zbigniew', middleName: 'Tadeusz', familyName: 'Wojciechowski', sexAtBirth: 'male', city: 'Springfield', postalCode: '01060' };
    const a = person(names);
    const b = person({ ...names, email: 'zw@example.org' });
    const scored = matcher.score(a, b);
    expect(scored.explanation.probability).toBeGreaterThanOrEqual(certain);
    expect(scored).toMatchObject({ grade: 'probable', reasons: ['uncorroborated'], hardNegative: false });
  });

  it('a surname and birth date without a given name is what twins share: held back unless the e-mail agrees', () => {
    const noGiven = { familyName: 'Ortiz', birthDate: '1990-08-24' };
    const twin = person({ givenName: 'David', familyName: 'Ortiz', birthDate: '1990-08-24', email: 'ortiz.david81@outlook.com' });
    expect(matcher.score(person({ ...noGiven, email: 'mortiz@outlook.com' }), twin).reasons).toEqual(['uncorroborated']);
    expect(matcher.score(person({ ...noGiven, email: 'ortiz.david81@outlook.com' }), twin).reasons).toEqual([]);
  });

  it('an initial with the birth date is held back; with the birth date and the phone it is not', () => {
    // Another surname (married): not the shape of twins, same birth date and surname (below).
    const full = person({ givenName: 'Jason', familyName: 'Davis', birthDate: '1963-01-09', phone: '781-727-7091', postalCode: '02718' });
    const initial = { givenName: 'J', familyName: 'Ortiz', birthDate: '1963-01-09', postalCode: '02718' };
    expect(matcher.score(person({ ...initial, phone: '339-688-7569' }), full).reasons).toEqual(['uncorroborated']);
    expect(matcher.score(person({ ...initial, phone: '781-727-7091' }), full).reasons).toEqual([]);
  });

  it('Michelle and Michael at one address are not corroborated by the address', () => {
    const home = { familyName: 'Wright', addressLine: '4 Oak Road', postalCode: '02740' };
    const scored = matcher.score(person({ ...home, givenName: 'Michelle' }), person({ ...home, givenName: 'Michael' }));
    expect(scored.reasons).toContain('uncorroborated');
    expect(scored.grade).not.toBe('certain');
  });

  it('a field that agrees never takes a household record from a link to review (no link either way without the e-mail)', () => {
    const jason = person({ givenName: 'Jason', familyName: 'Davis', birthDate: '1963-01-09', phone: '781-727-7091', addressLine: '4 Oak Road', postalCode: '02718' });
    // The one candidate: decideLink() links a household-ambiguous pair then, so corroboration must apply to it too.
    const links = (p: Partial<PersonInput>) => linkOf(person(p), jason);
    const initialAtHome = { givenName: 'J', familyName: 'Davis', addressLine: '4 Oak Road', postalCode: '02718' };
    expect(links(initialAtHome)).toBeUndefined();
    expect(links({ ...initialAtHome, birthDate: '1963-01-09' })).toBeUndefined();
    const namelessAtHome = { familyName: 'Davis', addressLine: '4 Oak Road', postalCode: '02718', phone: '781-727-7091' };
    expect(links(namelessAtHome)).toBeUndefined();
    expect(links({ ...namelessAtHome, birthDate: '1963-01-09' })).toBeUndefined();
    // Her or his own e-mail says which member it is.
    const withEmail = person({ ...namelessAtHome, email: 'jason.davis63@outlook.com' });
    const own = matcher.score(withEmail, person({ givenName: 'Jason', familyName: 'Davis', birthDate: '1963-01-09', email: 'jason.davis63@outlook.com', addressLine: '4 Oak Road', postalCode: '02718' }));
    expect(own.reasons).not.toContain('uncorroborated');
  });

  it('corroborated: a given name with the birth date even when the surname changed at marriage, or with the same home', () => {
    const maiden = person({ givenName: 'Alice', familyName: 'Moreno', birthDate: '1984-06-21' });
    const married = person({ givenName: 'Alice', familyName: 'Fischer', birthDate: '1984-06-21' });
    expect(matcher.score(maiden, married).reasons).toEqual([]);
    const home = { givenName: 'Alice', familyName: 'Moreno', addressLine: '12 Elm Street', postalCode: '02139' };
    expect(matcher.score(person(home), person({ ...home, email: 'a@example.org' })).reasons).toEqual([]);
  });
});

describe('corroboration from the mailbox, the middle name and the suffix (docs/identity.md, "Corroboration")', () => {
  // Expected reasons from the rule as documented, not from the matcher.
  const links = linkOf;

  describe('a mailbox is evidence only for the person it spells (from a review of the rules)', () => {
    const home = { familyName: 'Smith', addressLine: '12 Elm Street', postalCode: '02139', phone: '617-253-1000' };

    it('a husband on his wife\'s mailbox, a birth date one digit off: a household member, not her', () => {
      const mary = person({ ...home, givenName: 'Mary', sexAtBirth: 'female', birthDate: '1980-03-12', email: 'mary.smith@gmail.com' });
      const john = person({ ...home, givenName: 'John', sexAtBirth: 'male', birthDate: '1980-03-13', email: 'mary.smith@gmail.com' });
      expect(matcher.score(john, mary).reasons).toEqual(['household-member']);
      expect(links(john, mary)).toBeUndefined();
    });

    it('a middle initial that is the husband\'s initial is not enough (Mary J. Smith and John, no sex recorded)', () => {
      const mary = person({ ...home, givenName: 'Mary', middleName: 'J', birthDate: '1980-03-12', email: 'mary.smith@gmail.com' });
      const john = person({ ...home, givenName: 'John', birthDate: '1980-03-13', email: 'mary.smith@gmail.com' });
      expect(matcher.score(john, mary).reasons).toEqual(['household-member']);
      expect(links(john, mary)).toBeUndefined();
    });

    it('twins of two sexes on one twin\'s mailbox are twins', () => {
      const twins = { familyName: 'Flores', birthDate: '2004-03-17', phone: '617-555-0142', addressLine: '8 Birch Road', postalCode: '01902', email: 'flores.brian55@aol.com' };
      const barbara = person({ ...twins, givenName: 'Barbara', sexAtBirth: 'female' });
      const brian = person({ ...twins, givenName: 'Brian', sexAtBirth: 'male' });
      expect(matcher.score(barbara, brian).reasons).toEqual(['twins']);
      expect(links(barbara, brian)).toBeUndefined();
    });

    it('a name inside another name spells no one: Caroline\'s mailbox is not her mother Carol\'s, Joanna Williams\'s is not Ann Li\'s', () => {
      const kim = { familyName: 'Kim', phone: '617-774-6059', addressLine: '824 Brown Ct', postalCode: '02301' };
      const daughter = person({ ...kim, email: 'carolinekim02@hotmail.com' });
      expect(links(daughter, person({ ...kim, givenName: 'Carol', birthDate: '1975-01-02' }))).toBeUndefined();
      const li = { familyName: 'Li', phone: '617-774-6000', addressLine: '9 Oak Ct', postalCode: '02301' };
      expect(links(person({ ...li, email: 'joanna.williams@gmail.com' }), person({ ...li, givenName: 'Ann', birthDate: '1970-01-01' }))).toBeUndefined();
      // The words of the address as given, not Gmail's folded form (which drops the dots between them).
      expect(links(person({ ...kim, email: 'carol.kim@gmail.com' }), person({ ...kim, givenName: 'Carol', birthDate: '1975-01-02' }))).toBeDefined();
    });

    it('the birth year is the digits the mailbox ends with: "sarahramos1967" says nothing of a Sarah Ramos born in 1996', () => {
      const sarah = person({ givenName: 'Sarah', familyName: 'Ramos', birthDate: '1996-02-06', phone: '351-666-8525' });
      expect(matcher.score(person({ givenName: 'Sarah', familyName: 'Ramos', email: 'sarahramos1967@hotmail.com' }), sarah).reasons).toEqual(['uncorroborated']);
      expect(matcher.score(person({ givenName: 'Sarah', familyName: 'Ramos', email: 'sarahramos96@hotmail.com' }), sarah).reasons).toEqual([]);
    });
  });

  describe('twins of two sexes with close names (Michael and Michelle Moore, Jaro–Winkler 0.921: one spelling apart by the score)', () => {
    const home = { familyName: 'Moore', addressLine: '434 Hall Street', city: 'Springfield', postalCode: '01103' };
    const michelle = person({ ...home, givenName: 'Michelle', birthDate: '2007-06-13', email: 'moore.the16@gmail.com', phone: '339-638-9568' });

    it('his shop account on the family mailbox, his own phone, no birth date: not her (the mailbox spells no one)', () => {
      const shop = person({ ...home, givenName: 'Michael', email: 'Moore.the16@GMAIL.COM', phone: '857.923.9269' });
      expect(compare(shop, michelle).givenName).toBe('jw92');
      expect(matcher.score(shop, michelle).reasons).toEqual(['uncorroborated']);
      expect(links(shop, michelle)).toBeUndefined();
    });

    it('his own record, the same birth date and home, another phone: not her (the birth date is the twins\' own)', () => {
      const his = person({ ...home, givenName: 'Michael', birthDate: '2007-06-13', sexAtBirth: 'male', phone: '(351) 735-5517' });
      expect(matcher.score(his, michelle).reasons).toEqual(['uncorroborated']);
      expect(links(his, michelle)).toBeUndefined();
    });

    it('her own name misspelt, with her phone, or her own mailbox, is still her', () => {
      expect(links(person({ ...home, givenName: 'Michele', birthDate: '2007-06-13', phone: '339-638-9568' }), michelle)).toBe('b');
      const own = person({ ...home, givenName: 'Michelle', birthDate: '2007-06-13', email: 'michelle.moore07@gmail.com' });
      expect(links(person({ ...home, givenName: 'Michele', birthDate: '2007-06-13', email: 'michelle.moore07@gmail.com' }), own)).toBe('b');
    });
  });

  describe('twins of one sex with close names who share a landline (Marta and Maria Lopez)', () => {
    const home = { familyName: 'Lopez', birthDate: '2004-03-17', sexAtBirth: 'female', phone: '617-555-0142', addressLine: '8 Birch Road', city: 'Lynn', postalCode: '01902' };
    const marta = person({ ...home, givenName: 'Marta', email: 'marta.lopez04@gmail.com' });

    it.each<[string, Partial<PersonInput>]>([
      ['different e-mails', { ...home, givenName: 'Maria', email: 'maria_lopez@yahoo.com' }],
      ['no e-mail', { ...home, givenName: 'Maria' }],
      ['different middle names', { ...home, givenName: 'Maria', middleName: 'Elena', email: 'mlopez@outlook.com' }],
    ])('%s: never linked automatically — a person decides', (_, maria) => {
      const scored = matcher.score(person(maria), marta);
      expect(scored.grade).not.toBe('certain');
      expect(scored.reasons).toEqual(['uncorroborated']);
      expect(links(person(maria), marta)).toBeUndefined();
    });

    it('the same person with her name misspelt is told apart by what twins do not share', () => {
      // Her own e-mail spells her name; or the same middle name on both records.
      expect(matcher.score(person({ ...home, givenName: 'Marja', email: 'marta.lopez.shop@gmail.com' }), marta).reasons).toEqual([]);
      const withMiddle = person({ ...home, givenName: 'Marta', middleName: 'Isabel' });
      expect(matcher.score(person({ ...home, givenName: 'Marja', middleName: 'Isabel' }), withMiddle).reasons).toEqual([]);
    });

    it('a misspelling that is no one\'s name ("Mrata", "Marrta", "Mrta") at her birth date and home, no phone, is her; "Maria" is not', () => {
      // docs/identity.md, "A mistyped given name is not a twin's": twins are given two names, not a name and its slip.
      const { phone: _phone, ...noPhone } = home;
      for (const typo of ['Mrata', 'Marrta', 'Mrta']) {
        expect(matcher.score(person({ ...noPhone, givenName: typo }), marta).reasons).toEqual([]);
        expect(links(person({ ...noPhone, givenName: typo }), marta)).toBe('b');
      }
      expect(matcher.score(person({ ...noPhone, givenName: 'Maria' }), marta).reasons).toEqual(['uncorroborated']);
      expect(links(person({ ...noPhone, givenName: 'Maria' }), marta)).toBeUndefined();
    });

    it('a short name\'s slip below every Jaro–Winkler level ("Aym", "Ay" for Amy) on her own mailbox is her name mistyped; "Ava" is a twin', () => {
      // Jaro–Winkler looks for a short name's letters within one place of each other: "Aym"/"Amy" scores 0.60, "Ay"/"Amy"
      // 0.65, the score's 'disagree'. One of them no name people are given, the other it with two letters swapped or one
      // dropped (mistypedName), on a mailbox that spells her name: one person's name mistyped.
      const gutierrez = { familyName: 'Gutierrez', birthDate: '1982-08-10', sexAtBirth: 'female', phone: '617-555-0199', addressLine: '550 Johnson Drive', postalCode: '02720' };
      const amy = person({ ...gutierrez, givenName: 'Amy', email: 'amygutierrez82@yahoo.com' });
      for (const typo of ['Aym', 'Ay']) {
        const clerk = person({ source: 'clerk', givenName: typo, familyName: 'Gutierrez', birthDate: '1982-08-10', email: 'amygutierrez82@yahoo.com' });
        expect(compare(clerk, amy).givenName).toBe('disagree');
        expect(matcher.score(clerk, amy).reasons).toEqual([]);
        expect(links(clerk, amy)).toBe('b');
      }
      const ava = person({ source: 'clerk', givenName: 'Ava', familyName: 'Gutierrez', birthDate: '1982-08-10', email: 'amygutierrez82@yahoo.com' });
      expect(matcher.score(ava, amy).reasons).toEqual(['twins']);
      expect(links(ava, amy)).toBeUndefined();
      // A slip that is itself a name people are given ("Ami") is a twin's name, as for Layla and Lyla.
      const ami = person({ source: 'clerk', givenName: 'Ami', familyName: 'Gutierrez', birthDate: '1982-08-10', email: 'amygutierrez82@yahoo.com' });
      expect(links(ami, amy)).toBeUndefined();
    });

    it('twins and a mother whose names the lists lack (Rie and Rei, Nao and Noa, Mie and Mei) on the family\'s mailbox stay apart (identity14 review)', () => {
      // The name lists are American: Rie, Nao, Mie are not on them, so mistypedName takes "Rie" for "Rei" mistyped. On a
      // mailbox that spells no one, that is what twins and their mother share: still twins, still a household member.
      const sato = { familyName: 'Sato', addressLine: '12 Elm Street', city: 'Cambridge', postalCode: '02139', phone: '617-555-0100', email: 'sato.family@gmail.com' };
      const rei = person({ ...sato, givenName: 'Rei', birthDate: '2012-03-03', sexAtBirth: 'female' });
      const rie = person({ ...sato, givenName: 'Rie', birthDate: '2012-03-03', sexAtBirth: 'female' });
      expect(matcher.score(rie, rei).reasons).toEqual(['twins']);
      expect(links(rie, rei)).toBeUndefined();
      const tanaka = { familyName: 'Tanaka', birthDate: '2014-02-02', sexAtBirth: 'female', addressLine: '12 Elm Street', postalCode: '02139', email: 'tanaka.home@gmail.com' };
      expect(links(person({ ...tanaka, givenName: 'Nao' }), person({ ...tanaka, givenName: 'Noa' }))).toBeUndefined();
      const wong = { familyName: 'Wong', birthDate: '2013-04-04', email: 'wong.home@gmail.com' };
      expect(links(person({ source: 'clerk', ...wong, givenName: 'Mie' }), person({ ...wong, givenName: 'Mei', sexAtBirth: 'female', addressLine: '12 Elm Street', postalCode: '02139' }))).toBeUndefined();
      // The mother's shop record, no birth date, on the same home, landline and mailbox.
      const { birthDate: _b, ...home } = sato as typeof sato & { birthDate?: string };
      expect(matcher.score(person({ source: 'bigcommerce', ...home, givenName: 'Rie' }), rei).reasons).toEqual(['household-member']);
      expect(links(person({ source: 'bigcommerce', ...home, givenName: 'Rie' }), rei)).toBeUndefined();
    });

    it('twins and sisters whose names are a slip or a letter apart but both names (a review\'s probes) stay with a person', () => {
      const ramirez = { familyName: 'Ramirez', birthDate: '2012-03-14', addressLine: '41 Cedar Street', city: 'Lowell', postalCode: '01852' };
      const layla = person({ givenName: 'Layla', sexAtBirth: 'female', email: 'layla.ramirez12@gmail.com', ...ramirez });
      const lyla = person({ source: 'clerk', givenName: 'Lyla', sexAtBirth: 'female', email: 'lylaramirez@yahoo.com', ...ramirez });
      expect(matcher.score(lyla, layla).reasons).toEqual(['uncorroborated']);
      expect(links(lyla, layla)).toBeUndefined();
      const elaina = person({ givenName: 'Elaina', sexAtBirth: 'female', ...ramirez });
      expect(links(person({ source: 'clerk', givenName: 'Eliana', sexAtBirth: 'female', ...ramirez }), elaina)).toBeUndefined();
      // Her sister at one home, the shop record with no birth date: the home does not corroborate a close name.
      const { birthDate: _birthDate, ...home } = ramirez;
      expect(links(person({ source: 'bigcommerce', givenName: 'Lyla', ...home }), person({ givenName: 'Layla', sexAtBirth: 'female', ...ramirez, birthDate: '2008-05-02' }))).toBeUndefined();
      // A typo of that shape with no birth date on one record: the home alone does not say it is her either.
      expect(links(person({ source: 'bigcommerce', givenName: 'Mrata', ...home, familyName: 'Lopez' }), marta)).toBeUndefined();
    });

    it('an initial at the same birth date, surname and landline is held back too (J. Davis: Jason or his twin Jacob?)', () => {
      const twinHome = { familyName: 'Davis', birthDate: '1963-01-09', phone: '781-727-7091', postalCode: '02718' };
      const jason = person({ ...twinHome, givenName: 'Jason', email: 'jason.davis63@outlook.com' });
      expect(matcher.score(person({ ...twinHome, givenName: 'J' }), jason).reasons).toEqual(['uncorroborated']);
      expect(matcher.score(person({ ...twinHome, givenName: 'J', email: 'jasondavis@gmail.com' }), jason).reasons).toEqual([]);
    });
  });

  describe('a record without a given name whose e-mail spells the name', () => {
    const carol = person({ givenName: 'Carol', familyName: 'Kim', birthDate: '2008-08-12', phone: '617-774-6059', addressLine: '824 Brown Ct', postalCode: '02301' });

    it('counts as naming that person: with the birth date and the phone it links, and it is no longer household-ambiguous', () => {
      const clerk = person({ familyName: 'Kim', birthDate: '2008-08-12', phone: '617-774-6059', email: 'carolkim08@hotmail.com' });
      expect(matcher.score(clerk, carol)).toMatchObject({ grade: 'certain', reasons: [] });
    });

    it('an e-mail that spells another member, an initial or no one says nothing', () => {
      for (const email of ['david.kim@hotmail.com', 'ckim@hotmail.com', 'the.kim@hotmail.com']) {
        const clerk = person({ familyName: 'Kim', birthDate: '2008-08-12', phone: '617-774-6059', email });
        expect(matcher.score(clerk, carol).reasons).toEqual(['uncorroborated']);
      }
    });
  });

  describe('one person under another given name: the same personal mailbox and birth date', () => {
    const brian = { givenName: 'Brian', middleName: 'J', familyName: 'Flores', birthDate: '1964-09-10', sexAtBirth: 'male', phone: '339-603-6665', addressLine: '192 Flores Lane', postalCode: '02740' };

    it('James (his middle name) with Brian\'s own mailbox is Brian', () => {
      const a = person({ ...brian, email: 'flores.brian55@aol.com' });
      const b = person({ ...brian, givenName: 'James', middleName: undefined, email: 'flores.brian55@aol.com' });
      expect(matcher.score(b, a)).toMatchObject({ grade: 'certain', hardNegative: false, reasons: [] });
    });

    it("a household's mailbox (it spells no one) is what twins share: still twins", () => {
      const a = person({ ...brian, email: 'the.flores@aol.com' });
      const b = person({ ...brian, givenName: 'James', middleName: undefined, email: 'the.flores@aol.com' });
      expect(matcher.score(b, a)).toMatchObject({ hardNegative: true, reasons: ['twins'] });
    });

    it("a parent's own mailbox on a child's record comes with another birth date: still a household member", () => {
      const parent = person({ ...brian, email: 'flores.brian55@aol.com' });
      const child = person({ ...brian, givenName: 'Lucas', birthDate: '1994-02-03', email: 'flores.brian55@aol.com' });
      expect(matcher.score(child, parent)).toMatchObject({ hardNegative: true, reasons: ['household-member'] });
    });
  });

  describe("a household's mailbox and a record without a given name", () => {
    const jenniferInput: Partial<PersonInput> = { givenName: 'Jennifer', familyName: 'Taylor', email: 'hometaylor00@icloud.com', phone: '351-642-8762', addressLine: '307 Ramirez Ct', postalCode: '01930' };
    const jennifer = person(jenniferInput);

    it('it is a home: which member is it? With a phone of another member, nobody says', () => {
      const clerk = person({ familyName: 'Taylor', email: 'hometaylor00@icloud.com', phone: '978-883-8386' });
      expect(matcher.score(clerk, jennifer)).toMatchObject({ hardNegative: false, reasons: ['household-ambiguous', 'uncorroborated'] });
      expect(links(clerk, jennifer)).toBeUndefined();
    });

    it('with no phone to disagree: linked to the one member known, to nobody when two are (twins, Brian and Barbara)', () => {
      const clerk = person({ familyName: 'Taylor', email: 'hometaylor00@icloud.com' });
      expect(matcher.score(clerk, jennifer)).toMatchObject({ hardNegative: false, reasons: ['household-ambiguous'] });
      expect(links(clerk, jennifer)).toBe('b');

      const twins = { familyName: 'Gomez', birthDate: '1976-12-14', email: 'gomez.home40@icloud.com' };
      const brian = person({ ...twins, givenName: 'Brian', sexAtBirth: 'male', phone: '978-958-3772' });
      const barbara = person({ ...twins, givenName: 'Barbara', sexAtBirth: 'female', phone: '508-706-6107' });
      const nameless = person({ familyName: 'Gomez', email: 'gomez.home40@icloud.com' });
      const pairs = ([['brian', brian], ['barbara', barbara]] as const).map(([patient, p]) => {
        const scored = matcher.score(nameless, p);
        expect(scored.reasons).toEqual(['household-ambiguous']);
        return { patient, probability: scored.explanation.probability, total: scored.explanation.total, reasons: scored.reasons };
      });
      expect(decideLink(pairs, matcher.thresholds)).toEqual({ unresolved: ['brian', 'barbara'], duplicates: [] });
    });

    it('a personal mailbox (it spells her name) is hers: the same e-mail corroborates, whatever the phone', () => {
      const own = person({ ...jenniferInput, email: 'jennifer.taylor@icloud.com' });
      expect(matcher.score(person({ familyName: 'Taylor', email: 'jennifer.taylor@icloud.com', phone: '978-883-8386' }), own).reasons).toEqual([]);
    });
  });

  it('a junior and his father share name, surname and home: the home does not corroborate with a suffix on one side only', () => {
    const home = { givenName: 'Stephen', familyName: 'Moore', addressLine: '709 Kelly Ter', postalCode: '02474' };
    const junior = person({ ...home, suffix: 'Jr', birthDate: '1995-07-02', email: 'themoore00@hotmail.com', phone: '781-954-3100' });
    const shop = person({ ...home, email: 'stephen.moore@outlook.com', phone: '978-998-3259' });
    expect(matcher.score(shop, junior).reasons).toEqual(['household-ambiguous', 'uncorroborated']);
    expect(links(shop, junior)).toBeUndefined();
  });

  it('an e-mail that spells the name and the birth year corroborates a pair that shares only the names', () => {
    const hub = person({ givenName: 'Sarah', familyName: 'Ramos', birthDate: '1967-02-06', email: 'sarah_ramos@gmail.com', phone: '351-666-8525' });
    expect(matcher.score(person({ givenName: 'Sarah', familyName: 'Ramos', email: 'sarahramos67@hotmail.com' }), hub).reasons).toEqual([]);
    expect(matcher.score(person({ givenName: 'Sarah', familyName: 'Ramos', email: 'sarahramos71@hotmail.com' }), hub).reasons).toEqual(['uncorroborated']);
  });

  it('a given name only within 0.85 with the birth date: corroborated by an e-mail that spells the other name', () => {
    const hub = person({ givenName: 'Sarah', familyName: 'Ramos', birthDate: '1967-02-06', sexAtBirth: 'female', phone: '351-666-8525' });
    // Sardh / Sarah: Jaro–Winkler 0.907. Another surname (married), so not the shape of twins.
    const typo = { givenName: 'Sardh', familyName: 'Ortega', birthDate: '1967-02-06' };
    expect(matcher.score(person({ ...typo, email: 'sarah_ramos@gmail.com' }), hub).reasons).toEqual([]);
    expect(matcher.score(person({ ...typo, email: 's.ortega@gmail.com' }), hub).reasons).toEqual(['uncorroborated']);
  });
});

describe('blocking', () => {
  it('finds candidates through any shared key and caps an oversized block, saying so', () => {
    const index = new BlockIndex<number>();
    for (let i = 0; i < BLOCK_CAP + 50; i++) index.add(i, ['d:1980-01-02', `p:+1617253${String(i).padStart(4, '0')}`]);
    index.add(9999, ['e:someone@gmail.com']);
    const found = index.candidates(['d:1980-01-02', 'p:+16172530240', 'e:someone@gmail.com']);
    expect(found.capped).toEqual([{ key: 'd:1980-01-02', size: BLOCK_CAP + 50 }]);
    const byId = new Map(found.candidates.map((c) => [c.id, c]));
    expect(byId.size).toBe(BLOCK_CAP + 2); // the capped block's first BLOCK_CAP, #240 by phone, #9999 by e-mail
    expect(byId.get(0)).toMatchObject({ capped: true });
    expect(byId.get(240)).toMatchObject({ capped: false, keys: ['p:+16172530240'] });
    expect(byId.get(9999)).toMatchObject({ capped: false });
  });
});
