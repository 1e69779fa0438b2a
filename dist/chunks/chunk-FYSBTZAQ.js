#!/usr/bin/env node
import { createRequire as __slCreateRequire } from "node:module"; const require = __slCreateRequire(import.meta.url);
import {
  isKnownDirectiveName,
  newestVersion,
  parseConf
} from "./chunk-AUZ6XARE.js";
import {
  closestName,
  loadConfig
} from "./chunk-F3TBZ5Q4.js";
import {
  LineIndex,
  compareSpans,
  fileSpan
} from "./chunk-UXHLZWZ5.js";
import {
  ENGINE_RULE_IDS
} from "./chunk-URP7V7BO.js";
import {
  TOOL
} from "./chunk-6H4PLGHT.js";
import {
  composeNodes,
  dataNodeAt,
  effectiveDirectives,
  makeSentinel,
  makeServer,
  rules
} from "./chunk-PM3LG2MI.js";
import {
  isIpLiteral,
  isLoopback
} from "./chunk-PX76YZ5M.js";
import {
  known,
  unknown
} from "./chunk-PU2KW4TG.js";
import {
  __commonJS,
  __toESM
} from "./chunk-UMXR4ONX.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key2, value) => {
      Object.defineProperty(object, key2, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key2 = UNDERSCORE + MODE_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_IGNORE, key2);
      }
      get checkRegex() {
        const key2 = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key2]) {
          return this[key2];
        }
        return this._make(MODE_CHECK_IGNORE, key2);
      }
      _make(mode, key2) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key2, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules2 = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules2.length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules2 = this._rules;
        const { length } = rules2;
        const shortcut = this._basenameCount * 2 >= length;
        const basename = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules2[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        if (path in cache) {
          return cache[path];
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/lint.ts
import { relative as relative3, resolve as resolve3, sep as sep2 } from "node:path";

// src/discover/index.ts
var import_ignore2 = __toESM(require_ignore(), 1);
import { relative as relative2, resolve } from "node:path";

// src/model/source-file.ts
function sourceFile(path, text, kind, rootPath = path) {
  return { path, rootPath, kind, text, index: new LineIndex(path, text) };
}

// src/read-file.ts
import { closeSync, openSync, readSync, fstatSync } from "node:fs";
var MAX_FILE_BYTES = 10 * 1024 * 1024;
function readBounded(absolutePath) {
  let fd;
  try {
    fd = openSync(absolutePath, "r");
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { ok: false, why: "it is not a regular file" };
    if (stat.size > MAX_FILE_BYTES) {
      return { ok: false, why: `it is ${(stat.size / 1048576).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1048576} MB limit` };
    }
    const bytes = Buffer.alloc(stat.size);
    let read = 0;
    while (read < bytes.length) {
      const n = readSync(fd, bytes, read, bytes.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return decode(bytes.subarray(0, read));
  } catch (error) {
    const code = error.code ?? "error";
    return { ok: false, why: `it could not be read (${code})` };
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function decode(bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    const little = bytes[0] === 255;
    const body = Buffer.from(bytes.subarray(2));
    if (!little) body.swap16();
    return { ok: true, text: body.toString("utf16le"), encoding: "utf-16" };
  }
  if (bytes.includes(0)) return { ok: false, why: "it is a binary file (it contains NUL bytes)" };
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { ok: true, text: bytes.toString("latin1"), encoding: "latin1" };
  }
}

// src/discover/classify.ts
var SENTINEL_NAME = /sentinel[^/]*\.conf$/i;
var REDIS_NAME = /(redis|valkey)[^/]*\.conf$/i;
var COMPOSE_NAME = /(^|[_.-])(docker-)?compose([.-][\w.-]*)?\.ya?ml$/i;
function isComposeName(baseName) {
  return COMPOSE_NAME.test(baseName);
}
function isEnvName(baseName) {
  return /^\.env(\.[\w.-]+)?$/i.test(baseName) || /^[\w.-]+\.env$/i.test(baseName);
}
function isPythonName(baseName) {
  return /\.py$/i.test(baseName);
}
function isCandidate(baseName) {
  return /\.(conf|ya?ml)$/i.test(baseName) || isComposeName(baseName) || isEnvName(baseName) || isPythonName(baseName);
}
function looksLikeClientPython(text) {
  return /\b(celery|kombu|redis|broker_url|result_backend)\b|\bCELERY_|\bBROKER_URL\b/i.test(text);
}
function looksLikeCompose(text) {
  if (!/^services:[ \t]*(#.*)?\r?$/m.test(text)) return false;
  if (/^(jobs|apiVersion|kind|on|steps|stages|pipeline|tasks|hosts):/m.test(text)) return false;
  return /^[ \t]+(image|build):/m.test(text) && /redis|valkey/i.test(text);
}
function kindByName(baseName) {
  if (SENTINEL_NAME.test(baseName)) return "sentinel-conf";
  if (REDIS_NAME.test(baseName)) return "redis-conf";
  return void 0;
}
function classifyConf(baseName, text, isDirective) {
  let code = 0;
  let directives = 0;
  let sentinelLines = 0;
  for (const raw of text.split("\n", 5e3)) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    code++;
    const first = /^\S+/.exec(line)[0].toLowerCase().replace(/^\uFEFF/, "");
    if (first === "sentinel") {
      if (/^\S+\s+monitor\s/i.test(line)) return "sentinel-conf";
      sentinelLines++;
    }
    if (first === "sentinel" || isDirective(first)) directives++;
  }
  if (code === 0) return kindByName(baseName);
  if (directives / code < 0.6) return void 0;
  return sentinelLines > 0 && kindByName(baseName) === "sentinel-conf" ? "sentinel-conf" : "redis-conf";
}

// src/discover/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
var NEVER_ENTER = /* @__PURE__ */ new Set([".git", "node_modules", ".hg", ".svn"]);
var toPosix = (p) => sep === "/" ? p : p.split(sep).join("/");
function walk(root, ignores) {
  const realRoot = realpathSync(root);
  const files = [];
  const problems = [];
  const configIgnore = (0, import_ignore.default)().add([...ignores]);
  const gitignores = [];
  const ignored = (rootPath, isDir) => {
    const probe = isDir ? `${rootPath}/` : rootPath;
    if (configIgnore.ignores(probe)) return true;
    return gitignores.some(({ folder, rules: rules2 }) => {
      if (folder !== "" && !rootPath.startsWith(folder + "/")) return false;
      const inner = folder === "" ? probe : probe.slice(folder.length + 1);
      return rules2.ignores(inner);
    });
  };
  const visit = (absolute, rootPath) => {
    let entries;
    try {
      entries = readdirSync(absolute, { withFileTypes: true });
    } catch (error) {
      problems.push({ rootPath, kind: "unreadable", why: error.code ?? "error" });
      return;
    }
    const gitignore = entries.find((e) => e.name === ".gitignore" && e.isFile());
    if (gitignore) {
      try {
        gitignores.push({ folder: rootPath, rules: (0, import_ignore.default)().add(readFileSync(join(absolute, ".gitignore"), "utf8")) });
      } catch {
      }
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      const childAbsolute = join(absolute, entry.name);
      const childRoot = rootPath === "" ? entry.name : `${rootPath}/${entry.name}`;
      if (entry.isDirectory()) {
        if (NEVER_ENTER.has(entry.name) || ignored(childRoot, true)) continue;
        visit(childAbsolute, childRoot);
      } else if (entry.isFile()) {
        if (!ignored(childRoot, false)) files.push({ absolute: childAbsolute, rootPath: childRoot, baseName: entry.name });
      } else if (entry.isSymbolicLink()) {
        if (ignored(childRoot, false)) continue;
        followLink(childAbsolute, childRoot, entry.name);
      }
    }
  };
  const followLink = (absolute, rootPath, baseName) => {
    let target;
    try {
      target = realpathSync(absolute);
    } catch (error) {
      const code = error.code;
      problems.push({ rootPath, kind: "unreadable", why: code === "ELOOP" ? "it is a symbolic link loop" : `its link target cannot be read (${code})` });
      return;
    }
    const inside = relative(realRoot, target);
    if (inside.startsWith("..") || inside === "" || /^[a-zA-Z]:/.test(inside) || inside.startsWith(sep)) {
      problems.push({ rootPath, kind: "outside-root", why: `it links to ${inside === "" ? "the root itself" : "a path outside the linted folder"}` });
      return;
    }
    try {
      if (statSync(target).isFile()) files.push({ absolute, rootPath, baseName });
    } catch {
    }
  };
  visit(root, "");
  const isIgnored = (rootPath) => {
    const parts = rootPath.split("/");
    return parts.some((_, i) => ignored(parts.slice(0, i + 1).join("/"), i < parts.length - 1));
  };
  return { files, problems, isIgnored };
}

// src/discover/index.ts
function discover({ root, cwd, ignores, files = [], isDirective }) {
  const walked = walk(root, ignores);
  const extra = files.length ? (0, import_ignore2.default)().add([...files]) : void 0;
  const claimed = (rootPath, baseName) => isCandidate(baseName) || (extra?.ignores(rootPath) ?? false);
  const sources = [];
  const problems = [];
  const displayPath = (rootPath) => toPosix(relative2(cwd, resolve(root, rootPath))) || rootPath;
  for (const link of walked.problems) {
    if (link.kind !== "outside-root" || !claimed(link.rootPath, link.rootPath.split("/").pop())) continue;
    problems.push({
      rule: "path-outside-root",
      at: fileSpan(displayPath(link.rootPath)),
      message: `Not followed: ${link.why}, and sentinel-lint never reads outside the folder it lints. Findings that depend on this file stay unknown.`
    });
  }
  for (const file of walked.files) {
    if (!claimed(file.rootPath, file.baseName)) continue;
    const path = displayPath(file.rootPath);
    const read = readBounded(file.absolute);
    if (!read.ok) {
      if (kindByName(file.baseName) || isComposeName(file.baseName) || isEnvName(file.baseName) || isPythonName(file.baseName)) {
        problems.push({ rule: "parse-error", at: fileSpan(path), message: `This file was not linted: ${read.why}.` });
      }
      continue;
    }
    const kind = kindOf(file.baseName, read.text, isDirective);
    if (!kind) continue;
    if (read.encoding === "utf-16") {
      problems.push({
        rule: "parse-error",
        at: fileSpan(path),
        message: kind === "compose" || kind === "python" || kind === "env" ? "This file is UTF-16: save it as UTF-8 to have it checked." : 'This file is UTF-16: redis-server reads bytes and refuses it ("Bad directive or wrong number of arguments" on line 1). Save it as UTF-8.'
      });
      continue;
    }
    sources.push(sourceFile(path, read.text, kind, file.rootPath));
  }
  const envTexts = /* @__PURE__ */ new Map();
  const envByFolder = /* @__PURE__ */ new Map();
  for (const source of sources.filter((s) => s.kind === "compose")) {
    const folder = source.rootPath.includes("/") ? source.rootPath.slice(0, source.rootPath.lastIndexOf("/")) : "";
    if (!envByFolder.has(folder)) {
      const env = walked.files.find((f) => f.rootPath === (folder ? `${folder}/.env` : ".env"));
      const read = env ? readBounded(env.absolute) : void 0;
      envByFolder.set(folder, read?.ok ? read.text : void 0);
    }
    const text = envByFolder.get(folder);
    if (text !== void 0) envTexts.set(source.rootPath, text);
  }
  const repoFiles = Object.assign(new Set(walked.files.map((f) => f.rootPath)), { isIgnored: walked.isIgnored });
  return { sources, repoFiles, problems, envTexts };
}
function kindOf(baseName, text, isDirective) {
  if (isComposeName(baseName)) return "compose";
  if (isEnvName(baseName)) return "env";
  if (isPythonName(baseName)) return looksLikeClientPython(text) ? "python" : void 0;
  if (/\.ya?ml$/i.test(baseName)) return looksLikeCompose(text) ? "compose" : void 0;
  return classifyConf(baseName, text, isDirective);
}

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
var LONG_LINE = 1e3;
function fingerprintFindings(findings, texts, { masks = [], pathOf = (file) => file } = {}) {
  const lines = /* @__PURE__ */ new Map();
  const linesOf = (file) => {
    let cached = lines.get(file);
    if (cached === void 0) {
      cached = maskedLines(texts.get(file) ?? "", masks.filter((mask) => mask.file === file));
      lines.set(file, cached);
    }
    return cached;
  };
  const digests = /* @__PURE__ */ new Map();
  const lineKey = (file, number, text) => {
    const trimmed = text.trim();
    if (trimmed.length <= LONG_LINE) return trimmed;
    const key2 = `${file}\0${number}`;
    let digest = digests.get(key2);
    if (digest === void 0) digests.set(key2, digest = `sha256:${createHash("sha256").update(trimmed).digest("hex")}`);
    return digest;
  };
  const order = findings.map((_, i) => i).sort((a, b) => compareSpans(findings[a].finding.at, findings[b].finding.at));
  const seen = /* @__PURE__ */ new Map();
  const fingerprints = new Array(findings.length);
  for (const i of order) {
    const { ruleId, finding } = findings[i];
    const { file, line, column, endLine, endColumn } = finding.at;
    const fileLines = linesOf(file);
    const last = endLine > line && endColumn === 1 ? endLine - 1 : Math.max(line, endLine);
    const reported = fileLines.slice(line - 1, last);
    const first = fileLines[line - 1] ?? "";
    const offset = column - (first.length - first.trimStart().length);
    const what = JSON.stringify([ruleId, pathOf(file), reported.map((text, k) => lineKey(file, line + k, text)), offset]);
    const occurrence = seen.get(what) ?? 0;
    seen.set(what, occurrence + 1);
    fingerprints[i] = createHash("sha256").update(`${what}
${occurrence}`).digest("hex").slice(0, 32);
  }
  return fingerprints;
}
function maskedLines(text, masks) {
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  const ranges = /* @__PURE__ */ new Map();
  for (const mask of masks) {
    for (let line = mask.line; line <= mask.endLine; line++) {
      const length = lines[line - 1]?.length ?? 0;
      const from = line === mask.line ? mask.column - 1 : 0;
      const to = line === mask.endLine ? Math.min(mask.endColumn - 1, length) : length;
      if (to > from) ranges.set(line, [...ranges.get(line) ?? [], [from, to]]);
    }
  }
  for (const [line, list] of ranges) {
    const merged = list.sort((a, b) => a[0] - b[0]).reduce((out, [from, to]) => {
      const previous = out[out.length - 1];
      if (previous !== void 0 && from <= previous[1]) previous[1] = Math.max(previous[1], to);
      else out.push([from, to]);
      return out;
    }, []);
    let text2 = lines[line - 1];
    for (const [from, to] of merged.reverse()) text2 = `${text2.slice(0, from)}\xABsecret\xBB${text2.slice(to)}`;
    lines[line - 1] = text2;
  }
  return lines;
}

// src/engine/suppressions.ts
var UNUSED_SUPPRESSION = "unused-suppression";
var DIRECTIVE = /^(\s*#\s*)(sentinel-lint-[A-Za-z-]*)(.*)$/;
var KINDS = {
  "sentinel-lint-disable-next-line": "next-line",
  "sentinel-lint-disable-file": "file"
};
function findSuppressions(file, text) {
  const suppressions = [];
  const malformed = [];
  if (!text.includes("sentinel-lint-")) return { suppressions, malformed };
  const index = new LineIndex(file, text);
  let waiting = [];
  for (let line = 1; line <= index.lineCount; line++) {
    const start = index.lineStart(line);
    const content = text.slice(start, index.lineStart(line + 1)).replace(/\r?\n$/, "").replace(/\r$/, "");
    if (content.trim() === "") continue;
    if (!/^\s*#/.test(content)) {
      for (const suppression2 of waiting) suppression2.target = line;
      waiting = [];
      continue;
    }
    const match = DIRECTIVE.exec(content);
    if (match === null) continue;
    const [, lead = "", word = "", rest = ""] = match;
    const wordStart = start + lead.length;
    const span = index.span(wordStart, wordStart + word.length);
    const kind = KINDS[word.toLowerCase()];
    if (kind === void 0 || rest !== "" && !/^\s/.test(rest)) {
      malformed.push({ span, message: explainMalformed(word + (rest.split(/\s/, 1)[0] ?? "")) });
      continue;
    }
    const reasonAt = rest.indexOf("--");
    const list = reasonAt < 0 ? rest : rest.slice(0, reasonAt);
    const reason = reasonAt < 0 ? void 0 : rest.slice(reasonAt + 2).trim() || void 0;
    const listStart = wordStart + word.length;
    const rules2 = [...list.matchAll(/[^\s,]+/g)].map((id) => ({
      id: id[0],
      span: index.span(listStart + id.index, listStart + id.index + id[0].length)
    }));
    if (rules2.length === 0) {
      const message = `${word} names no rule: list the rule ids it silences, e.g. ${word} conf-duplicate-directive.`;
      malformed.push({ span, message });
      continue;
    }
    const suppression = { kind, file, rules: rules2, span, ...reason === void 0 ? {} : { reason } };
    suppressions.push(suppression);
    if (kind === "next-line") waiting.push(suppression);
  }
  return { suppressions, malformed };
}
function applySuppressions(findings, texts, options) {
  const byLine = /* @__PURE__ */ new Map();
  const byFile = /* @__PURE__ */ new Map();
  const entries = [];
  const malformed = [];
  for (const [file, text] of texts) {
    const found = findSuppressions(file, text);
    malformed.push(...found.malformed);
    for (const suppression of found.suppressions) {
      for (const rule of unique(suppression.rules)) {
        const entry = { suppression, rule, used: false };
        entries.push(entry);
        if (suppression.kind === "file") push(byFile, key(file, rule.id), entry);
        else if (suppression.target !== void 0) push(byLine, key(file, rule.id, suppression.target), entry);
      }
    }
  }
  if (entries.length === 0 && malformed.length === 0) return [...findings];
  const kept = findings.filter(({ ruleId, finding: { at } }) => {
    const matches = [...byLine.get(key(at.file, ruleId, at.line)) ?? [], ...byFile.get(key(at.file, ruleId)) ?? []];
    for (const entry of matches) entry.used = true;
    return matches.length === 0;
  });
  const { config } = options;
  const knownRuleIds = [...options.knownRuleIds, ...ENGINE_RULE_IDS];
  const ran = options.ran ?? new Set(knownRuleIds.filter((id) => config.rules.get(id)?.level !== "off"));
  const unusedLevel = config.rules.get(UNUSED_SUPPRESSION)?.level ?? "warning";
  if (unusedLevel === "off" || !ran.has(UNUSED_SUPPRESSION)) return kept;
  const report = (at, message) => ({
    ruleId: UNUSED_SUPPRESSION,
    level: unusedLevel,
    finding: { at, message }
  });
  for (const { span, message } of malformed) kept.push(report(span, message));
  for (const { suppression, rule, used } of entries) {
    if (used) continue;
    if (!knownRuleIds.includes(rule.id)) {
      const near = closestName(rule.id, knownRuleIds);
      const hint = near === void 0 ? "" : ` (did you mean ${near}?)`;
      kept.push(report(rule.span, `sentinel-lint has no rule ${rule.id}${hint}: this suppression silences nothing.`));
    } else if (ran.has(rule.id)) {
      kept.push(report(rule.span, explainUnused(suppression, rule.id)));
    }
  }
  return kept;
}
function explainMalformed(written) {
  const how = "write sentinel-lint-disable-next-line <rule-id> or sentinel-lint-disable-file <rule-id>";
  if (written.toLowerCase() === "sentinel-lint-disable-line") {
    return "sentinel-lint-disable-line does not exist: only whole-line comments count. Put sentinel-lint-disable-next-line on the line above.";
  }
  return `${written} is not a sentinel-lint comment: ${how}.`;
}
function explainUnused({ kind, target }, id) {
  if (kind === "file") return `No ${id} finding in this file: this suppression is unused. Remove it.`;
  if (target === void 0) return `No line follows this suppression of ${id}: it is unused. Remove it.`;
  return `No ${id} finding on line ${target}: this suppression is unused. Remove it.`;
}
function unique(rules2) {
  return rules2.filter((rule, i) => rules2.findIndex((other) => other.id === rule.id) === i);
}
function key(file, id, line) {
  return `${file}\0${id}\0${line ?? ""}`;
}
function push(map, k, value) {
  const list = map.get(k);
  if (list === void 0) map.set(k, [value]);
  else list.push(value);
}

// src/engine/run.ts
function runRules(deployment, rules2, config, only) {
  const findings = [];
  const crashes = [];
  const ran = /* @__PURE__ */ new Set();
  const selected = (id) => (only === void 0 || only.includes(id)) && config.rules.get(id)?.level !== "off";
  for (const rule of rules2) {
    if (!selected(rule.id)) continue;
    const setting = config.rules.get(rule.id);
    try {
      const found = [];
      for (const finding of rule.check(deployment, setting?.options)) {
        const level = setting?.level ?? finding.level ?? rule.level;
        found.push({ ruleId: rule.id, level, finding });
      }
      findings.push(...found);
      ran.add(rule.id);
    } catch (error) {
      crashes.push({ ruleId: rule.id, error });
    }
  }
  if (selected(UNUSED_SUPPRESSION)) ran.add(UNUSED_SUPPRESSION);
  return { findings, crashes, ran };
}
function finalize(findings, texts, options = {}) {
  const fingerprints = fingerprintFindings(findings, texts, options);
  return findings.map(({ ruleId, level, finding }, i) => ({
    ruleId,
    level,
    message: finding.message,
    at: finding.at,
    related: (finding.related ?? []).map(({ at, message }) => ({ at, message })),
    fingerprint: fingerprints[i]
  })).sort(compareReported);
}
function compareReported(a, b) {
  return compareSpans(a.at, b.at) || compare(a.ruleId, b.ruleId) || compare(a.message, b.message);
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/model/clients.ts
var emptyClientFacts = () => ({ python: [], envFiles: [], celery: [], urls: [], redisPy: [] });

// src/model/assemble.ts
function assemble({ confs, compose = [], problems, fileCount, target, clients = emptyClientFacts() }) {
  const scope = { id: "conf:", kind: "conf-folder", folder: "" };
  const byRootPath = new Map(confs.map((c) => [c.rootPath, c.facts]));
  const fromCompose = composeNodes(compose, byRootPath);
  const fragments = new Set(confs.flatMap((c) => c.facts.includes.flatMap((i) => i.resolved ? [i.resolved] : [])));
  const mounted = new Set(compose.flatMap((c) => c.processes.flatMap((p) => p.mounted ? [p.mounted.rootPath] : [])));
  const nodes = confs.filter((c) => !fragments.has(c.rootPath) && !mounted.has(c.rootPath));
  const who = (conf) => ({ name: conf.file, scope, declaredAt: fileSpan(conf.file), instances: known(1, fileSpan(conf.file)) });
  const servers = [
    ...nodes.filter((c) => c.facts.kind === "redis-conf").map((c) => makeServer(c.facts, effectiveDirectives(c.facts, byRootPath), who(c.facts))),
    ...fromCompose.servers
  ];
  const sentinels = [
    ...nodes.filter((c) => c.facts.kind === "sentinel-conf").map((c) => makeSentinel(c.facts, effectiveDirectives(c.facts, byRootPath), who(c.facts))),
    ...fromCompose.sentinels
  ];
  for (const server of servers) server.master = findMaster(server, servers);
  const masterGroups = groupMonitors(sentinels, servers);
  const composeLines = compose.flatMap((c) => c.processes.flatMap((p) => p.lines && !p.unknown ? [p.lines] : []));
  return {
    fileCount,
    confs: [...confs.map((c) => c.facts), ...composeLines],
    problems,
    scopes: [scope, ...fromCompose.projects.map((p) => p.scope)],
    servers,
    sentinels,
    masterGroups,
    compose: fromCompose.projects,
    target,
    clients
  };
}
var addressKey = (host, port) => `${host.toLowerCase()}:${port}`;
function groupMonitors(sentinels, servers) {
  const groups = /* @__PURE__ */ new Map();
  for (const sentinel of sentinels) {
    for (const monitor of sentinel.monitors) {
      if (!monitor.port.known) continue;
      const master = masterAt(sentinel, servers, monitor.host.text, monitor.port.value);
      const address = master && sentinel.scope.kind === "compose" ? `node:${master.name}` : addressKey(monitor.host.text, monitor.port.value);
      const key2 = `${sentinel.scope.id}\0${monitor.name.text}\0${address}`;
      let group = groups.get(key2);
      if (!group) {
        group = { name: monitor.name.text, scope: sentinel.scope, monitors: [], sentinelCount: unknown("", monitor.declaredAt), replicas: [] };
        groups.set(key2, group);
      }
      group.monitors.push(monitor);
    }
  }
  for (const group of groups.values()) {
    const first = group.monitors[0];
    group.sentinelCount = group.scope.kind === "compose" ? composeSentinelCount(group) : confSentinelCount(group);
    const host = first.host.text;
    const port = first.port.value;
    group.master = masterAt(first.sentinel, servers, host, port);
    const inScope = servers.filter((s) => s.scope === group.scope);
    group.replicas = group.master ? inScope.filter((s) => s.master === group.master) : inScope.filter((s) => s.replicaof && s.replicaof.port.known && addressKey(s.replicaof.host.text, s.replicaof.port.value) === addressKey(host, port));
  }
  return [...groups.values()];
}
function confSentinelCount(group) {
  const files = new Set(group.monitors.map((m) => m.sentinel.name));
  const first = group.monitors[0];
  return files.size >= 2 ? known(files.size, first.declaredAt) : unknown("a lone sentinel.conf is a template: how many Sentinels start from it is not known", first.declaredAt);
}
function composeSentinelCount(group) {
  const first = group.monitors[0];
  const project = group.scope.project;
  const hidden = project.unknownProcesses.find((u) => u.mode !== "server");
  if (hidden) return unknown(`what service ${hidden.service.name} runs is not known (${hidden.why})`, first.declaredAt);
  const external = project.facts.networks.find((n) => n.external);
  if (external) return unknown(`network ${external.name} is external: Sentinels of other projects may join it`, first.declaredAt);
  let total = 0;
  for (const sentinel of new Set(group.monitors.map((m) => m.sentinel))) {
    if (!sentinel.instances.known) return unknown(`the number of containers of ${sentinel.name} is not known`, sentinel.instances.span);
    total += sentinel.instances.value;
  }
  return known(total, first.declaredAt);
}
function masterAt(from, servers, host, port) {
  const project = from.scope.project;
  if (project) return dataNodeAt(project, from.service, host, port);
  return masterCandidate(servers.filter((s) => s.scope === from.scope && s !== from), host, port);
}
function masterCandidate(servers, host, port) {
  const listensOn = (s) => s.port.known && s.port.value === port || Number(s.setting("tls-port")?.args[0]?.text) === port;
  const candidates = servers.filter((s) => !s.replicaof && listensOn(s));
  if (candidates.length !== 1) return void 0;
  const candidate = candidates[0];
  if (isIpLiteral(host) && !isLoopback(host)) {
    const addresses = [...candidate.setting("bind")?.args ?? [], ...candidate.setting("replica-announce-ip")?.args ?? []].map((a) => a.text.replace(/^-/, ""));
    if (!addresses.includes(host)) return void 0;
  }
  return candidate;
}
function findMaster(server, servers) {
  if (!server.replicaof?.port.known) return void 0;
  const master = masterAt(server, servers, server.replicaof.host.text, server.replicaof.port.value);
  return master === server ? void 0 : master;
}

// src/project-root.ts
import { existsSync, statSync as statSync2 } from "node:fs";
import { dirname, resolve as resolve2 } from "node:path";
var MARKERS = [".sentinel-lint.yml", ".sentinel-lint.yaml", ".sentinel-lint.json", ".git"];
function findProjectRoot(cwd, firstPath) {
  const start = resolve2(cwd, firstPath ?? ".");
  let folder = isDirectory(start) ? start : dirname(start);
  for (; ; ) {
    if (MARKERS.some((marker) => existsSync(resolve2(folder, marker)))) return folder;
    const parent = dirname(folder);
    if (parent === folder) return resolve2(cwd);
    folder = parent;
  }
}
function isDirectory(path) {
  try {
    return statSync2(path).isDirectory();
  } catch {
    return false;
  }
}

// src/lint.ts
async function lint(options) {
  const cwd = resolve3(options.cwd);
  const paths = options.paths?.length ? options.paths : ["."];
  const root = options.root ? resolve3(cwd, options.root) : findProjectRoot(cwd, paths[0]);
  const config = options.config ?? await loadConfig({ cwd, configPath: options.configPath, knownRuleIds: rules.map((r) => r.id) });
  const target = targetOf(config, options.settings);
  const discovery = discover({ root, cwd, ignores: config.ignores, files: config.files, isDirective: isKnownDirectiveName });
  const problems = [...discovery.problems];
  const crashes = [];
  const confs = [];
  const compose = [];
  const composeSecrets = [];
  const composeTails = [];
  const clientSecrets = [];
  for (const source of discovery.sources.filter((s) => s.kind === "redis-conf" || s.kind === "sentinel-conf")) {
    try {
      const parsed = parseConf(source, target, discovery.repoFiles);
      confs.push({ facts: parsed.facts, rootPath: source.rootPath });
      problems.push(...parsed.problems);
    } catch (error) {
      crashes.push({ where: source.path, error });
      problems.push(internalParseError(source.path));
    }
  }
  const composeSources = discovery.sources.filter((s) => s.kind === "compose");
  if (composeSources.length) {
    const [{ parseCompose }, { checkProcessConfs }, { readEnvFile }] = await Promise.all([
      import("./parse-compose-LWFGYXVK.js"),
      import("./process-conf-KEIBC2Y2.js"),
      import("./env-file-OHKRMTJO.js")
    ]);
    for (const source of composeSources) {
      try {
        const parsed = parseCompose(source, readEnvFile(discovery.envTexts.get(source.rootPath) ?? ""));
        const checked = checkProcessConfs(source, parsed.facts, target, discovery.repoFiles);
        problems.push(...parsed.problems, ...checked.problems);
        composeSecrets.push(...checked.secrets);
        composeTails.push(...checked.secretLineTails);
        compose.push({ rootPath: source.rootPath, facts: parsed.facts, processes: checked.processes });
      } catch (error) {
        crashes.push({ where: source.path, error });
        problems.push(internalParseError(source.path));
      }
    }
  }
  const pythonInputs = [];
  const pythonSources = discovery.sources.filter((s) => s.kind === "python");
  if (pythonSources.length) {
    const { parsePython } = await import("./parse-python-4BJ6NTIK.js");
    for (const source of pythonSources) {
      try {
        const parsed = parsePython(source);
        problems.push(...parsed.problems);
        clientSecrets.push(...parsed.facts.secrets);
        pythonInputs.push({ facts: parsed.facts, rootPath: source.rootPath, index: source.index });
      } catch (error) {
        crashes.push({ where: source.path, error });
        problems.push(internalParseError(source.path));
      }
    }
  }
  const envInputs = [];
  const envSources = discovery.sources.filter((s) => s.kind === "env");
  if (envSources.length) {
    const { readEnvFile } = await import("./env-file-VGP5FDLM.js");
    for (const source of envSources) {
      try {
        const parsed = readEnvFile(source);
        problems.push(...parsed.problems);
        clientSecrets.push(...parsed.facts.secrets);
        envInputs.push({ facts: parsed.facts, rootPath: source.rootPath, index: source.index });
      } catch (error) {
        crashes.push({ where: source.path, error });
        problems.push(internalParseError(source.path));
      }
    }
  }
  let clients;
  if (pythonInputs.length || envInputs.length) {
    const { buildClientFacts } = await import("./client-facts-GOA7AKH7.js");
    const composeIndex = new Map(composeSources.map((s) => [s.path, s.index]));
    try {
      clients = buildClientFacts({
        python: pythonInputs,
        envFiles: envInputs,
        compose: compose.flatMap((c) => composeIndex.has(c.facts.file) ? [{ facts: c.facts, index: composeIndex.get(c.facts.file) }] : [])
      });
    } catch (error) {
      crashes.push({ where: "client view", error });
    }
  }
  const deployment = assemble({ confs, compose, problems, fileCount: discovery.sources.length, target, ...clients ? { clients } : {} });
  const run = runRules(deployment, rules, config, options.only);
  crashes.push(...run.crashes.map((c) => ({ where: `rule ${c.ruleId}`, error: c.error })));
  const texts = new Map(discovery.sources.map((s) => [s.path, s.text]));
  const rootPathOf = new Map(discovery.sources.map((s) => [s.path, s.rootPath]));
  const secrets = [...confs.flatMap((c) => c.facts.secrets), ...composeSecrets, ...clientSecrets];
  const secretLineTails = [...confs.flatMap((c) => c.facts.secretLineTails), ...composeTails];
  const suppressed = applySuppressions(run.findings, texts, { knownRuleIds: rules.map((r) => r.id), config, ran: run.ran });
  const reported = finalize(suppressed, texts, {
    // Fingerprints hash the reported line: masked secrets keep a weak password from being guessed from one.
    masks: [...secrets.map((s) => s.span), ...secretLineTails],
    // Root-relative, so a fingerprint does not change with the directory the linter runs from.
    pathOf: (path) => rootPathOf.get(path) ?? path
    // A finding is reported when it touches a given path, at either end: changing only the data
    // nodes' password must still report the Sentinels' auth-pass lines that it breaks.
  }).filter((f) => [f.at, ...f.related.map((r) => r.at)].some((at) => isWithin(at.file, paths, cwd)));
  const shown = new Set(reported.flatMap((f) => [f.at.file, ...f.related.map((r) => r.at.file)]));
  return {
    findings: reported,
    fileCount: discovery.sources.length,
    rules,
    texts: new Map([...texts].filter(([path]) => shown.has(path))),
    secrets,
    secretLineTails,
    tool: TOOL,
    crashes,
    deployment
  };
}
function internalParseError(path) {
  return { rule: "parse-error", at: fileSpan(path), message: "sentinel-lint could not read this file (an internal error; please report it). The other files were linted." };
}
function targetOf(config, override) {
  const product = override?.product ?? config.settings.product ?? "redis";
  const version = override?.redisVersion ?? config.settings.redisVersion ?? newestVersion(product);
  return { product, version: version.split(".").slice(0, 2).join(".") };
}
function isWithin(file, paths, cwd) {
  const absolute = resolve3(cwd, file);
  return paths.some((p) => {
    const rel = relative3(resolve3(cwd, p), absolute);
    return rel === "" || !rel.startsWith("..") && !rel.startsWith(sep2) && !/^[a-zA-Z]:/.test(rel);
  });
}

export {
  lint
};
