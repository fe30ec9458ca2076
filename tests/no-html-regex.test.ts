/**
 * No regular expression reads HTML or XML anywhere in the site's code (src/, cms/): markup is parsed (parse5,
 * rehype, the MDX parsers) and written by libraries (hast-util-to-html, the XML builder, entities). A regular
 * expression cannot know what a browser will read (`<a/href=…>`, unquoted values, comments, character references).
 * Every regular expression literal and `new RegExp(…)` text is read with TypeScript's scanner and refused when it
 * matches a tag or a character reference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/preview';

/** A pattern that looks for a tag ("<a", "</", "<!--", "<[a-z]"), a character reference ("&amp;", "&#") or a URL attribute ("href="). */
export const MARKUP =
  /<\\?\/|<\\?!|<[a-zA-Z[(]|&(?:#|[a-z]{2,}[;|)]|\()|(?:href|src|srcset|poster|content|http-equiv)\W{0,6}=/;

/**
 * Files allowed their patterns, each with the reason. Decap's editor components are recognised in the Markdown
 * source by a RegExp (its API, `pattern`): that matches MDX text the editor itself wrote in one canonical form, and
 * whatever it lets through is parsed again by the MDX rules before saving and in the build.
 */
const EXEMPT: Record<string, string> = {
  'cms/editor-components.ts': 'Decap editor component patterns over MDX source (its API takes a RegExp)',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|mjs|astro)$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => join(e.parentPath, e.name));
}

/** The code of a file: an .astro file's front matter, the whole of the others. */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const end = text.indexOf('\n---', 3);
  return text.startsWith('---') && end > 0 ? text.slice(3, end) : '';
}

/** Regular expression literals, and the text given to `new RegExp(`, of a piece of code. */
export function regexesOf(code: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  const found: string[] = [];
  let previous: ts.SyntaxKind | undefined;
  let identifier = '';
  let token = scanner.scan();
  while (token !== ts.SyntaxKind.EndOfFileToken) {
    if (token === ts.SyntaxKind.SlashToken || token === ts.SyntaxKind.SlashEqualsToken) {
      // A slash where an expression starts is a regular expression: rescan it as one.
      const expressionStart =
        previous === undefined ||
        [
          ts.SyntaxKind.OpenParenToken,
          ts.SyntaxKind.CommaToken,
          ts.SyntaxKind.EqualsToken,
          ts.SyntaxKind.ColonToken,
          ts.SyntaxKind.OpenBracketToken,
          ts.SyntaxKind.ExclamationToken,
          ts.SyntaxKind.AmpersandAmpersandToken,
          ts.SyntaxKind.BarBarToken,
          ts.SyntaxKind.QuestionToken,
          ts.SyntaxKind.OpenBraceToken,
          ts.SyntaxKind.SemicolonToken,
          ts.SyntaxKind.ReturnKeyword,
          ts.SyntaxKind.EqualsGreaterThanToken,
          ts.SyntaxKind.QuestionQuestionToken,
        ].includes(previous);
      if (expressionStart) {
        token = scanner.reScanSlashToken();
        if (token === ts.SyntaxKind.RegularExpressionLiteral) {
          const text = scanner.getTokenText();
          found.push(text.slice(1, text.lastIndexOf('/')));
        }
      }
    }
    if (
      (token === ts.SyntaxKind.StringLiteral || token === ts.SyntaxKind.NoSubstitutionTemplateLiteral) &&
      previous === ts.SyntaxKind.OpenParenToken &&
      identifier === 'RegExp'
    )
      found.push(scanner.getTokenValue());
    if (token === ts.SyntaxKind.Identifier) identifier = scanner.getTokenText();
    else if (token !== ts.SyntaxKind.OpenParenToken) identifier = '';
    previous = token;
    token = scanner.scan();
  }
  return found;
}

describe('no regular expressions over HTML or XML', () => {
  it('finds the regular expressions of a piece of code, so the rule below can fail', () => {
    const code =
      "const a = html.replace(/<[^>]+>/g, ''); const b = new RegExp('<meta\\\\s'); const c = x / 2 / y; const d = s.replace(/&amp;/g, '&');";
    expect(regexesOf(code).filter((r) => MARKUP.test(r))).toEqual(['<[^>]+>', '<meta\\s', '&amp;']);
    // Escaping "<" in JSON for an inline <script> is not reading markup.
    expect(regexesOf("JSON.stringify(d).replace(/</g, '\\\\u003c')").filter((r) => MARKUP.test(r))).toEqual([]);
  });

  it.each([...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'cms'))].map((f) => [relative(ROOT, f), f]))(
    '%s',
    (name, file) => {
      const found = regexesOf(codeOf(file)).filter((r) => MARKUP.test(r));
      if (EXEMPT[name]) expect(found.length, EXEMPT[name]).toBeGreaterThan(0);
      else expect(found).toEqual([]);
    },
  );
});
