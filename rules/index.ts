// Written by scripts/gen-rule-index.mjs: every rule, sorted by id.
import announcedAddressUnreachable from './announced-address-unreachable.js';
import bindOptionalAddress from './bind-optional-address.js';
import brokerEvictionPolicy from './broker-eviction-policy.js';
import brokerNoAof from './broker-no-aof.js';
import brokerNoPersistence from './broker-no-persistence.js';
import clientHostUnknown from './client-host-unknown.js';
import clientPortMismatch from './client-port-mismatch.js';
import clientTimeoutShorterThanFailover from './client-timeout-shorter-than-failover.js';
import composeDollarInSecret from './compose-dollar-in-secret.js';
import composeV1Layout from './compose-v1-layout.js';
import composeVersionObsolete from './compose-version-obsolete.js';
import confAclConflict from './conf-acl-conflict.js';
import confBom from './conf-bom.js';
import confDirectiveUnsupported from './conf-directive-unsupported.js';
import confDuplicateDirective from './conf-duplicate-directive.js';
import confFileSharedByNodes from './conf-file-shared-by-nodes.js';
import confIgnoredDirective from './conf-ignored-directive.js';
import confIncludeMissing from './conf-include-missing.js';
import confInlineComment from './conf-inline-comment.js';
import confMemoryUnitAmbiguous from './conf-memory-unit-ambiguous.js';
import confParseError from './conf-parse-error.js';
import confSaveAccumulates from './conf-save-accumulates.js';
import confUnexpandedVariable from './conf-unexpanded-variable.js';
import dataDirNotOnVolume from './data-dir-not-on-volume.js';
import djangoNamespaceMismatch from './django-namespace-mismatch.js';
import downAfterTooLow from './down-after-too-low.js';
import envOverridesBrokerUrl from './env-overrides-broker-url.js';
import envUnquotedSemicolon from './env-unquoted-semicolon.js';
import failoverTimeoutShort from './failover-timeout-short.js';
import imageProtectedModeOff from './image-protected-mode-off.js';
import masterMissingMasterauth from './master-missing-masterauth.js';
import masterNameMismatch from './master-name-mismatch.js';
import masterPasswordMismatch from './master-password-mismatch.js';
import masterPasswordMissing from './master-password-missing.js';
import masterauthMismatch from './masterauth-mismatch.js';
import maxmemoryUnset from './maxmemory-unset.js';
import minReplicasDisabled from './min-replicas-disabled.js';
import minReplicasUnsatisfiable from './min-replicas-unsatisfiable.js';
import monitorTargetUnknown from './monitor-target-unknown.js';
import noAuthExposed from './no-auth-exposed.js';
import noPromotableReplica from './no-promotable-replica.js';
import noRestartPolicy from './no-restart-policy.js';
import parseError from './parse-error.js';
import pathOutsideRoot from './path-outside-root.js';
import placeholderPassword from './placeholder-password.js';
import portCollisionSameHost from './port-collision-same-host.js';
import portRangeSingleInstance from './port-range-single-instance.js';
import prefetchWithAcksLate from './prefetch-with-acks-late.js';
import promotionAsymmetry from './promotion-asymmetry.js';
import protectedModeFalseSafety from './protected-mode-false-safety.js';
import publishedPortConflict from './published-port-conflict.js';
import quorumAboveMajority from './quorum-above-majority.js';
import quorumBelowMajority from './quorum-below-majority.js';
import quorumExceedsSentinels from './quorum-exceeds-sentinels.js';
import rejectOnWorkerLostLoop from './reject-on-worker-lost-loop.js';
import renameCommandBreaksSentinel from './rename-command-breaks-sentinel.js';
import replicaPersistenceAsymmetric from './replica-persistence-asymmetric.js';
import replicaWritable from './replica-writable.js';
import replicaofTargetMismatch from './replicaof-target-mismatch.js';
import requirepassIgnoredByAclfile from './requirepass-ignored-by-aclfile.js';
import roleNotPersisted from './role-not-persisted.js';
import secretInRepo from './secret-in-repo.js';
import secretOnCommandLine from './secret-on-command-line.js';
import sentinelAuthPassMismatch from './sentinel-auth-pass-mismatch.js';
import sentinelAuthUserAcl from './sentinel-auth-user-acl.js';
import sentinelCountEven from './sentinel-count-even.js';
import sentinelCountTooLow from './sentinel-count-too-low.js';
import sentinelExposedWithoutAuth from './sentinel-exposed-without-auth.js';
import sentinelHostnameNotAnnounced from './sentinel-hostname-not-announced.js';
import sentinelHostnameWithoutResolve from './sentinel-hostname-without-resolve.js';
import sentinelKwargsDropsTimeouts from './sentinel-kwargs-drops-timeouts.js';
import sentinelKwargsPasswordWithoutSentinelAuth from './sentinel-kwargs-password-without-sentinel-auth.js';
import sentinelLenientNumber from './sentinel-lenient-number.js';
import sentinelMasterNameMissing from './sentinel-master-name-missing.js';
import sentinelMonitorLoopback from './sentinel-monitor-loopback.js';
import sentinelNatWithoutAnnounce from './sentinel-nat-without-announce.js';
import sentinelOrderLegacy from './sentinel-order-legacy.js';
import sentinelParseError from './sentinel-parse-error.js';
import sentinelPasswordMissing from './sentinel-password-missing.js';
import sentinelProtectedModeBlocksPeers from './sentinel-protected-mode-blocks-peers.js';
import sentinelRequirepassIgnored from './sentinel-requirepass-ignored.js';
import sentinelRequirepassInconsistent from './sentinel-requirepass-inconsistent.js';
import sentinelScriptMissing from './sentinel-script-missing.js';
import sentinelSettingsDrift from './sentinel-settings-drift.js';
import sentinelSharedIdentity from './sentinel-shared-identity.js';
import sentinelStateEphemeral from './sentinel-state-ephemeral.js';
import sentinelUrlMissingScheme from './sentinel-url-missing-scheme.js';
import sentinelUrlOptionsNotFirst from './sentinel-url-options-not-first.js';
import sentinelUrlSeparator from './sentinel-url-separator.js';
import sentinelsColocated from './sentinels-colocated.js';
import settingNamesMixed from './setting-names-mixed.js';
import socketTimeoutBelowPolling from './socket-timeout-below-polling.js';
import stateDirNamesOtherNode from './state-dir-names-other-node.js';
import tlsIncomplete from './tls-incomplete.js';
import tlsReplicationMissing from './tls-replication-missing.js';
import unknownTransportOption from './unknown-transport-option.js';
import unusedSuppression from './unused-suppression.js';
import visibilityTimeoutInconsistent from './visibility-timeout-inconsistent.js';
import visibilityTimeoutVsAcksLate from './visibility-timeout-vs-acks-late.js';

export const rules = [
  announcedAddressUnreachable,
  bindOptionalAddress,
  brokerEvictionPolicy,
  brokerNoAof,
  brokerNoPersistence,
  clientHostUnknown,
  clientPortMismatch,
  clientTimeoutShorterThanFailover,
  composeDollarInSecret,
  composeV1Layout,
  composeVersionObsolete,
  confAclConflict,
  confBom,
  confDirectiveUnsupported,
  confDuplicateDirective,
  confFileSharedByNodes,
  confIgnoredDirective,
  confIncludeMissing,
  confInlineComment,
  confMemoryUnitAmbiguous,
  confParseError,
  confSaveAccumulates,
  confUnexpandedVariable,
  dataDirNotOnVolume,
  djangoNamespaceMismatch,
  downAfterTooLow,
  envOverridesBrokerUrl,
  envUnquotedSemicolon,
  failoverTimeoutShort,
  imageProtectedModeOff,
  masterMissingMasterauth,
  masterNameMismatch,
  masterPasswordMismatch,
  masterPasswordMissing,
  masterauthMismatch,
  maxmemoryUnset,
  minReplicasDisabled,
  minReplicasUnsatisfiable,
  monitorTargetUnknown,
  noAuthExposed,
  noPromotableReplica,
  noRestartPolicy,
  parseError,
  pathOutsideRoot,
  placeholderPassword,
  portCollisionSameHost,
  portRangeSingleInstance,
  prefetchWithAcksLate,
  promotionAsymmetry,
  protectedModeFalseSafety,
  publishedPortConflict,
  quorumAboveMajority,
  quorumBelowMajority,
  quorumExceedsSentinels,
  rejectOnWorkerLostLoop,
  renameCommandBreaksSentinel,
  replicaPersistenceAsymmetric,
  replicaWritable,
  replicaofTargetMismatch,
  requirepassIgnoredByAclfile,
  roleNotPersisted,
  secretInRepo,
  secretOnCommandLine,
  sentinelAuthPassMismatch,
  sentinelAuthUserAcl,
  sentinelCountEven,
  sentinelCountTooLow,
  sentinelExposedWithoutAuth,
  sentinelHostnameNotAnnounced,
  sentinelHostnameWithoutResolve,
  sentinelKwargsDropsTimeouts,
  sentinelKwargsPasswordWithoutSentinelAuth,
  sentinelLenientNumber,
  sentinelMasterNameMissing,
  sentinelMonitorLoopback,
  sentinelNatWithoutAnnounce,
  sentinelOrderLegacy,
  sentinelParseError,
  sentinelPasswordMissing,
  sentinelProtectedModeBlocksPeers,
  sentinelRequirepassIgnored,
  sentinelRequirepassInconsistent,
  sentinelScriptMissing,
  sentinelSettingsDrift,
  sentinelSharedIdentity,
  sentinelStateEphemeral,
  sentinelUrlMissingScheme,
  sentinelUrlOptionsNotFirst,
  sentinelUrlSeparator,
  sentinelsColocated,
  settingNamesMixed,
  socketTimeoutBelowPolling,
  stateDirNamesOtherNode,
  tlsIncomplete,
  tlsReplicationMissing,
  unknownTransportOption,
  unusedSuppression,
  visibilityTimeoutInconsistent,
  visibilityTimeoutVsAcksLate,
] as const;
