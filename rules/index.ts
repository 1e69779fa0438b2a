// Written by scripts/gen-rule-index.mjs: every rule, sorted by id.
import bindOptionalAddress from './bind-optional-address.js';
import confAclConflict from './conf-acl-conflict.js';
import confBom from './conf-bom.js';
import confDirectiveUnsupported from './conf-directive-unsupported.js';
import confDuplicateDirective from './conf-duplicate-directive.js';
import confIgnoredDirective from './conf-ignored-directive.js';
import confIncludeMissing from './conf-include-missing.js';
import confInlineComment from './conf-inline-comment.js';
import confMemoryUnitAmbiguous from './conf-memory-unit-ambiguous.js';
import confParseError from './conf-parse-error.js';
import confSaveAccumulates from './conf-save-accumulates.js';
import confUnexpandedVariable from './conf-unexpanded-variable.js';
import downAfterTooLow from './down-after-too-low.js';
import failoverTimeoutShort from './failover-timeout-short.js';
import masterMissingMasterauth from './master-missing-masterauth.js';
import masterNameMismatch from './master-name-mismatch.js';
import masterauthMismatch from './masterauth-mismatch.js';
import minReplicasDisabled from './min-replicas-disabled.js';
import minReplicasUnsatisfiable from './min-replicas-unsatisfiable.js';
import noAuthExposed from './no-auth-exposed.js';
import noPromotableReplica from './no-promotable-replica.js';
import parseError from './parse-error.js';
import pathOutsideRoot from './path-outside-root.js';
import placeholderPassword from './placeholder-password.js';
import promotionAsymmetry from './promotion-asymmetry.js';
import protectedModeFalseSafety from './protected-mode-false-safety.js';
import quorumAboveMajority from './quorum-above-majority.js';
import quorumBelowMajority from './quorum-below-majority.js';
import quorumExceedsSentinels from './quorum-exceeds-sentinels.js';
import renameCommandBreaksSentinel from './rename-command-breaks-sentinel.js';
import replicaWritable from './replica-writable.js';
import requirepassIgnoredByAclfile from './requirepass-ignored-by-aclfile.js';
import secretInRepo from './secret-in-repo.js';
import sentinelAuthPassMismatch from './sentinel-auth-pass-mismatch.js';
import sentinelAuthUserAcl from './sentinel-auth-user-acl.js';
import sentinelCountEven from './sentinel-count-even.js';
import sentinelCountTooLow from './sentinel-count-too-low.js';
import sentinelExposedWithoutAuth from './sentinel-exposed-without-auth.js';
import sentinelHostnameNotAnnounced from './sentinel-hostname-not-announced.js';
import sentinelHostnameWithoutResolve from './sentinel-hostname-without-resolve.js';
import sentinelLenientNumber from './sentinel-lenient-number.js';
import sentinelOrderLegacy from './sentinel-order-legacy.js';
import sentinelParseError from './sentinel-parse-error.js';
import sentinelProtectedModeBlocksPeers from './sentinel-protected-mode-blocks-peers.js';
import sentinelRequirepassIgnored from './sentinel-requirepass-ignored.js';
import sentinelRequirepassInconsistent from './sentinel-requirepass-inconsistent.js';
import sentinelScriptMissing from './sentinel-script-missing.js';
import sentinelSettingsDrift from './sentinel-settings-drift.js';
import sentinelSharedIdentity from './sentinel-shared-identity.js';
import stateDirNamesOtherNode from './state-dir-names-other-node.js';
import tlsIncomplete from './tls-incomplete.js';
import tlsReplicationMissing from './tls-replication-missing.js';
import unusedSuppression from './unused-suppression.js';

export const rules = [
  bindOptionalAddress,
  confAclConflict,
  confBom,
  confDirectiveUnsupported,
  confDuplicateDirective,
  confIgnoredDirective,
  confIncludeMissing,
  confInlineComment,
  confMemoryUnitAmbiguous,
  confParseError,
  confSaveAccumulates,
  confUnexpandedVariable,
  downAfterTooLow,
  failoverTimeoutShort,
  masterMissingMasterauth,
  masterNameMismatch,
  masterauthMismatch,
  minReplicasDisabled,
  minReplicasUnsatisfiable,
  noAuthExposed,
  noPromotableReplica,
  parseError,
  pathOutsideRoot,
  placeholderPassword,
  promotionAsymmetry,
  protectedModeFalseSafety,
  quorumAboveMajority,
  quorumBelowMajority,
  quorumExceedsSentinels,
  renameCommandBreaksSentinel,
  replicaWritable,
  requirepassIgnoredByAclfile,
  secretInRepo,
  sentinelAuthPassMismatch,
  sentinelAuthUserAcl,
  sentinelCountEven,
  sentinelCountTooLow,
  sentinelExposedWithoutAuth,
  sentinelHostnameNotAnnounced,
  sentinelHostnameWithoutResolve,
  sentinelLenientNumber,
  sentinelOrderLegacy,
  sentinelParseError,
  sentinelProtectedModeBlocksPeers,
  sentinelRequirepassIgnored,
  sentinelRequirepassInconsistent,
  sentinelScriptMissing,
  sentinelSettingsDrift,
  sentinelSharedIdentity,
  stateDirNamesOtherNode,
  tlsIncomplete,
  tlsReplicationMissing,
  unusedSuppression,
] as const;
