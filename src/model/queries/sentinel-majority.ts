/**
 * sentinel.c `sentinelGetLeader`: a failover leader needs `voters/2+1` votes, voters being every
 * Sentinel that knows the master (the ones that are down included), and never fewer than the
 * quorum. The quorum itself only decides when the master is objectively down (ODOWN).
 */
export function majorityOf(sentinels: number): number {
  return Math.floor(sentinels / 2) + 1;
}

/** How many Sentinels must be up before a failover can both start (ODOWN) and be authorised (vote). */
export function sentinelsNeededToFailover(quorum: number, sentinels: number): number {
  return Math.max(quorum, majorityOf(sentinels));
}
