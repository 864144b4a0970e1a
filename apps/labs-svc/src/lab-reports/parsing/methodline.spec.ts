import { coded } from '../../testing/reader.js';

/*
 * (methodline) A card whose name line is followed by its assay's method on a line of its own, then its labelled value
 * (the tuning set's in_medrepo_markdown_…: `### CRP (NYCOCARD)` / `**IMMUNOMETRIC QUANTITATIVE ASSAY**` / `**Result**:
 * **18** Upto 5 mg/l`). The method is no test; the CRP of 18 mg/L is above its bound of 5. Expected rows are the
 * printed card's.
 */

const CRP = ['c-reactive-protein', 18, 'mg/L', null, 5, 'high'];

describe('methodline: a method line between a card\'s name and its value', () => {
  it('the Markdown card with emphasis, blank lines between its lines', () => {
    expect(coded([
      '## MICROBIOLOGY', '', '### CRP (NYCOCARD)', '', '**IMMUNOMETRIC QUANTITATIVE ASSAY**', '', '**Result**: **18** Upto 5 mg/l', '', '---',
    ].join('\n'))).toEqual([CRP]);
  });

  it('as plain text: no row named by the method', () => {
    expect(coded('CRP (NYCOCARD)\nIMMUNOMETRIC QUANTITATIVE ASSAY\nResult: 18 mg/l (Up to 5)')).toEqual([CRP]);
  });

  it('a test\'s name under another name is no method: it names the value, as before', () => {
    expect(coded('Ferritin\nImmunoglobulin A\nResult: 2.1 g/L').map((r) => r[0])).toEqual(['?Immunoglobulin A']);
  });
});
