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
}
