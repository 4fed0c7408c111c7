package bankcore.persistence.sqlite;

/**
 * What the writer has done since the store opened, for a metrics endpoint or a benchmark. A group
 * is the callers' requests committed together in one transaction (one fsync); its latency runs
 * from BEGIN to the durable COMMIT. Fields are a consistent snapshot taken after a commit.
 *
 * @param commits              groups committed
 * @param requests             callers' requests in them
 * @param commands             commands in them (refused ones included)
 * @param lastGroupRequests    requests in the last group
 * @param largestGroupRequests requests in the largest group so far
 * @param lastCommitMicros     latency of the last group
 * @param maxCommitMicros      the highest group latency so far
 * @param totalCommitMicros    all groups' latencies together
 * @param queued               requests waiting for the writer when the snapshot was taken
 */
public record WriterMetrics(long commits, long requests, long commands, int lastGroupRequests,
                            int largestGroupRequests, long lastCommitMicros, long maxCommitMicros,
                            long totalCommitMicros, int queued) {
    static final WriterMetrics NONE = new WriterMetrics(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public double meanGroupRequests() {
        return commits == 0 ? 0 : (double) requests / commits;
    }

    public double meanCommitMicros() {
        return commits == 0 ? 0 : (double) totalCommitMicros / commits;
    }

    WriterMetrics after(int groupRequests, int groupCommands, long commitMicros, int nowQueued) {
        return new WriterMetrics(commits + 1, requests + groupRequests, commands + groupCommands, groupRequests,
                Math.max(largestGroupRequests, groupRequests), commitMicros, Math.max(maxCommitMicros, commitMicros),
                totalCommitMicros + commitMicros, nowQueued);
    }
}
