/**
 * The shape of the directive tables: what config.c's `static_configs[]` says about each config,
 * transcribed as data by scripts/gen-directives.mjs.
 */

/** The C type a numeric config is stored in: it decides how bounds are compared (config.c `numericBoundaryCheck`). */
export type NumericKind =
  | 'int' | 'uint' | 'long' | 'ulong' | 'long-long' | 'ulong-long' | 'size_t' | 'ssize_t' | 'off_t' | 'time_t';

/** `MEMORY_CONFIG`, `PERCENT_CONFIG`, `OCTAL_CONFIG`. */
export type NumericFlag = 'memory' | 'percent' | 'octal';

interface Common {
  /** Lower-case name as the table registers it. */
  name: string;
  /** The second name `lookupConfig` knows (`slaveof` for `replicaof`). */
  alias?: string;
  /** The config's `is_valid_fn`, by the name our setters give it (`dbfilename`, `hostname`, …). */
  check?: string;
  /** `HIDDEN_CONFIG`: accepted, but left out of CONFIG GET *. */
  hidden?: boolean;
  /** `DEPRECATED_CONFIG` (Valkey): accepted. */
  deprecatedFlag?: boolean;
}

export type Directive = Common & (
  | { type: 'bool' }
  | { type: 'string'; /** EMPTY_STRING_IS_NULL: `""` unsets it. */ emptyIsNull?: boolean }
  | { type: 'enum'; values: string[]; /** MULTI_ARG_CONFIG: a set of flags, several values allowed. */ multiArg?: boolean }
  | { type: 'numeric'; kind: NumericKind; /** Decimal, 64-bit exact. */ min: string; max: string; flags?: NumericFlag[] }
  | {
      type: 'special';
      multiArg?: boolean;
      /** Which set function validates it; the name when absent. */
      handler?: string;
      /** 6.2 only: the directive sits in the if/else chain of loadServerConfigFromString and matches
       *  only with this argc (the name included; max 0 = no maximum). Otherwise it falls through to
       *  "Bad directive or wrong number of arguments". */
      argc?: [number, number];
    }
);

/** A whole table: the 7.0 base. */
export interface DirectiveTable {
  product: 'redis' | 'valkey';
  version: string;
  /** Where it was read. */
  source: string;
  /** `deprecated_configs[]`: accepted with exactly one argument and ignored. */
  deprecated: string[];
  directives: Directive[];
}

/** Another version, as changes to the table named `base`. */
export interface DirectiveDelta {
  product: 'redis' | 'valkey';
  version: string;
  base: string;
  source: string;
  deprecated: string[];
  /** Names (not aliases) that the base has and this version does not. */
  remove: string[];
  /** Directives this version adds, or has with another shape than the base. */
  set: Directive[];
}

/** The 7.0 command names: `container|sub` for subcommands, and the ACL categories. */
export interface CommandsBase {
  server: string[];
  sentinel: string[];
  categories: string[];
}

/** Command names of other versions, as differences from the 7.0 lists. */
export type CommandTables = Record<string, {
  server: { add: string[]; remove: string[] };
  sentinel: { add: string[]; remove: string[] };
  categories: { add: string[]; remove: string[] };
}>;
