import { intervalForSex, labelsOtherSex, parseReferenceRange, POPULATION_WORD } from './reference-range.js';

/*
 * (sexrange) A range printed for each sex, which the reader keeps as text (it cannot know the patient's sex): the
 * service takes the patient's sex's interval (report-parser.service toEntity). Expected bounds are the printed ones.
 */
const bounds = (text: string, sex: string | null) => {
  const r = intervalForSex(text, sex);
  return r ? [r.low ?? null, r.high ?? null, r.text] : null;
};

describe('intervalForSex: the interval printed for the patient\'s sex', () => {
  it.each([
    ['Male : 249 - 836 Female : 8.4 - 48.1', 'male', [249, 836]],
    ['Male : 249 - 836 Female : 8.4 - 48.1', 'female', [8.4, 48.1]],
    ['Men : 21.81 - 274.66 Women : 4.63 - 204', 'female', [4.63, 204]],
    ['Men 21.81 - 274.66 / Women 4.63 - 204', 'male', [21.81, 274.66]],
    ['M: 13.5-17.5 F: 12.0-15.5', 'female', [12, 15.5]],
    ['Female: 12.0 - 15.5  Male: 13.5 - 17.5', 'male', [13.5, 17.5]],
    ['Varones 13,5 a 17,5 - Mujeres 12,0 a 16,0', 'female', [12, 16]],
    ['Homens: 22 a 322 Mulheres: 10 a 291', 'male', [22, 322]],
    ['Hommes : < 15 Femmes : < 20', 'female', [null, 20]],
    ['Männer 0.7 - 1.2 Frauen 0.5 - 0.9', 'male', [0.7, 1.2]],
  ])('%s, a %s patient → %j', (text, sex, expected) => {
    expect(bounds(text, sex)?.slice(0, 2)).toEqual(expected);
    expect(bounds(text, sex)?.[2]).toBe(text);
  });

  it.each([
    // The patient's sex unknown, or not a sex at birth the labels name.
    ['Male : 249 - 836 Female : 8.4 - 48.1', null],
    ['Male : 249 - 836 Female : 8.4 - 48.1', 'unknown'],
    // An age beside the sex: the report does not say which group the patient is in.
    ['Male 20-49 Y: 8.64 - 29.0 Male >= 50 Y: 6.68 - 25.7', 'male'],
    ['Male 20-49 y: 264-916 Female 20-49 y: 8-48', 'female'],
    // One sex only (the reader's one labelled group, fixr; the other sex's: labelsOtherSex).
    ['Male : 249 - 836', 'male'],
    // A part in words, no interval.
    ['Male : 249 - 836 Female : see note', 'female'],
    // Tiers, a phase, a population that is no sex: not this rule's.
    ['Deficiency : <20 Insufficiency : 20 - <30 Sufficiency : 30 - 100', 'male'],
    ['Follicular 2.4 - 12.6 Luteal 1.0 - 11.4', 'female'],
    ['Adults: 0.6 - 1.2 Children: 0.3 - 0.7', 'male'],
    // Text before the first sex's word.
    ['Reference Male : 249 - 836 Female : 8.4 - 48.1', 'male'],
    // A bounded range already: nothing to choose.
    ['3.5 - 5.1', 'male'],
  ])('%s, a %s patient: no interval', (text, sex) => {
    expect(intervalForSex(text, sex)).toBeNull();
  });

  it('POPULATION_WORD still names every population word, sexes among them', () => {
    for (const w of ['Male', 'females', 'Men', 'Hombres', 'Mujer', 'Varones', 'Homem', 'Mulheres', 'Masculino', 'Hommes', 'Femmes', 'Männer', 'Frauen', 'Uomini', 'Donne', 'Férfiak', 'Nők', 'Barbati', 'Femei', 'Adults', 'Children', 'Niños', 'Crianças', 'Pregnancy', 'Postmenopausal', 'Copii']) {
      expect([w, POPULATION_WORD.test(w)]).toEqual([w, true]);
    }
    for (const w of ['Mannitol', 'Female:', 'Normal', 'Fasting', 'M']) expect([w, POPULATION_WORD.test(w)]).toEqual([w, false]);
  });
});

describe('labelsOtherSex: one interval labelled with the other sex, in the report languages seen', () => {
  it.each([
    ['Male: 13.5 - 17.5', 'female', true],
    ['Male: 13.5 - 17.5', 'male', false],
    ['Mujeres: 12,0 - 16,0', 'male', true],
    ['Homens: 22 a 322', 'female', true],
    ['Frauen: 0.5 - 0.9', 'female', false],
    ['Adults: 0.6 - 1.2', 'male', false],
    ['Male: 13.5 - 17.5', null, false],
    // (mend8) Its colon or none: the bounds are read either way (GROUP_LABEL_SPACE).
    ['Male 13.5-17.5', 'female', true],
    ['Men 30-400', 'female', true],
    ['Women 12.0-15.5', 'female', false],
  ])('%s on a %s patient\'s report → %s', (text, sex, expected) => {
    expect(labelsOtherSex(text, sex)).toBe(expected);
  });
});

describe('mend8: a time of day without its colon is no one group\'s label', () => {
  it('`Morning 140-690` keeps the text alone; `Male 13.5-17.5` reads its bounds', () => {
    expect(parseReferenceRange('Morning 140-690')).toEqual({ text: 'Morning 140-690' });
    expect(parseReferenceRange('AM 140-690')).toEqual({ text: 'AM 140-690' });
    expect(parseReferenceRange('Male 13.5-17.5')).toMatchObject({ low: 13.5, high: 17.5 });
  });
});

