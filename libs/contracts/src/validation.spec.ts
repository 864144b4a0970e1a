import 'reflect-metadata';
import { IsInt, IsString, Length, validateSync } from 'class-validator';
import { memoizeValidationMetadata } from './validation.js';

/*
 * The contracts remember each class's validation rules (memoizeValidationMetadata, installed when they load): what a
 * caller notices is only which payloads are refused, and that must stay exactly what the decorators say — also for
 * rules and classes that appear after a class was first validated.
 */
const fieldsOf = (o: object, groups?: string[]) => validateSync(o, { forbidUnknownValues: true, ...(groups ? { groups } : {}) }).map((e) => e.property).sort();

describe('validation rules, remembered per class', () => {
  beforeAll(() => memoizeValidationMetadata()); // installed already: a second call changes nothing

  it('refuses the same payloads on every validation, for a class and for its subclass', () => {
    class Base {
      @IsString() name!: unknown;
    }
    class Child extends Base {
      @IsInt() n!: unknown;
    }
    const bad = () => Object.assign(new Child(), { name: 1, n: 'x' });
    for (let i = 0; i < 3; i++) {
      expect(fieldsOf(Object.assign(new Base(), { name: 1 }))).toEqual(['name']);
      expect(fieldsOf(bad())).toEqual(['n', 'name']);
      expect(fieldsOf(Object.assign(new Child(), { name: 'a', n: 2 }))).toEqual([]);
    }
  });

  it('enforces a rule added to a class after it was validated, and a subclass defined after its parent was', () => {
    class Later {
      @IsString() name!: unknown;
    }
    expect(fieldsOf(Object.assign(new Later(), { name: 'a', code: 'toolong' }))).toEqual([]);
    Length(1, 3)(Later.prototype, 'code');
    expect(fieldsOf(Object.assign(new Later(), { name: 'a', code: 'toolong' }))).toEqual(['code']);
    class LaterChild extends Later {
      @IsInt() n!: unknown;
    }
    expect(fieldsOf(Object.assign(new LaterChild(), { name: 2, code: 'toolong', n: 'x' }))).toEqual(['code', 'n', 'name']);
  });

  it('still validates by groups when asked to', () => {
    class Grouped {
      @IsString({ groups: ['a'] }) onlyA!: unknown;
      @IsString({ groups: ['b'] }) onlyB!: unknown;
    }
    const o = Object.assign(new Grouped(), { onlyA: 1, onlyB: 1 });
    expect(fieldsOf(o, ['a'])).toEqual(['onlyA']);
    expect(fieldsOf(o, ['b'])).toEqual(['onlyB']);
  });
});
