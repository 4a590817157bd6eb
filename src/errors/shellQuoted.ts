// A path as it can be pasted into a POSIX shell, for the commands error messages suggest: as it is
// when it holds nothing a shell would read, else in single quotes (a quote inside closed, escaped, reopened).
export const shellQuoted = (path: string): string => (/^[\w@%+=:,./-]+$/.test(path) ? path : `'${path.replaceAll("'", "'\\''")}'`)
