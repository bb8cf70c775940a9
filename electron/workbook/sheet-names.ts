/**
 * Excel sheet names: at most 31 characters, none of []:*?/\, no quote at either end, unique
 * ignoring case. `reserved` names (an instructions sheet, hidden sheets) are never handed out.
 */
export function createSheetNamer(reserved: readonly string[] = []): (wanted: string) => string {
  const used = new Set(reserved.map((name) => name.toLowerCase()));
  return (wanted) => {
    const clean =
      wanted
        .replace(/[[\]:*?/\\]/g, '_')
        .replace(/^'+|'+$/g, '')
        .trim() || 'Sheet';
    let name = [...clean].slice(0, 31).join('');
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = `(${n})`;
      name = [...clean].slice(0, 31 - suffix.length).join('') + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  };
}
