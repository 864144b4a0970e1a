/**
 * Whether two different strings are one edit apart: an insertion, a deletion, a substitution or two adjacent letters
 * swapped. `mayReplace` says which letters a substitution may change into each other (any, unless told).
 */
export function oneEdit(a: string, b: string, mayReplace: (x: string, y: string) => boolean = () => true): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) {
    if (a.slice(i + 1) === b.slice(i + 1)) return mayReplace(a[i]!, b[i]!);
    return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}
