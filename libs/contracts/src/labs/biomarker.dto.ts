import { Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, Length, Matches, ValidateNested } from 'class-validator';

export class ListBiomarkersQueryDto {
  /** Matches keys, display names, aliases and LOINC codes (case-insensitive substring). */
  @IsOptional() @IsString() @Length(1, 100) @Matches(/^[^\p{Cc}\p{Cs}]*$/u) q?: string;
}

export class ListBiomarkersRequest {
  @ValidateNested() @Type(() => ListBiomarkersQueryDto) @IsNotEmpty() query!: ListBiomarkersQueryDto;
}

/** The catalog of API.md: key, display name, LOINC, UCUM unit, aliases. */
export interface BiomarkerDto {
  key: string;
  display: string;
  loinc: string | null;
  /** Other LOINC codes that report the same thing (blood vs serum, by calculation …). */
  alternateLoinc: string[];
  ucumUnit: string | null;
  aliases: string[];
  category: string | null;
  /** g/mol, for conversions between mass and substance concentrations. */
  molarMass: number | null;
  resultType: 'quantitative' | 'qualitative';
  /** The clinic's optimal bounds (docs/labs.md, "Optimal ranges and status"); null when it has none. */
  optimal?: BiomarkerOptimalDto | null;
}

/** Optimal bounds for everyone or by sex at birth: `atLeast` inclusive, `below` exclusive, `atMost` inclusive, in `unit`. */
export interface BiomarkerOptimalBoundsDto {
  unit: string;
  atLeast?: number;
  below?: number;
  atMost?: number;
}

export interface BiomarkerOptimalDto {
  all?: BiomarkerOptimalBoundsDto[];
  male?: BiomarkerOptimalBoundsDto[];
  female?: BiomarkerOptimalBoundsDto[];
  /** The source's id (listed in docs/labs.md) and its citation. */
  source: string;
  citation: string;
  /** Set when the bounds are the clinic's choice within what the source says. */
  policy?: string;
}
