/**
 * Search folding: lower case without Vietnamese diacritics, so that "nguyen" finds "Nguyễn".
 * The folded text is stored beside the original, which makes search behave the same on SQLite
 * and MariaDB whatever their collations.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * A LIKE pattern for "contains", with the user's own wildcards taken literally. The escape
 * character is `!` because a backslash means different things in SQLite and MariaDB literals;
 * use it with `LIKE :q ESCAPE '!'` (see `likeContains`).
 */
export function containsPattern(query: string): string {
  return `%${foldForSearch(query).replace(/[!%_]/g, (c) => `!${c}`)}%`;
}

export function likeContains(column: string, param: string): string {
  return `${column} LIKE :${param} ESCAPE '!'`;
}
