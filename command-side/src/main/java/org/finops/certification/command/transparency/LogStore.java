package org.finops.certification.command.transparency;

import org.finops.certification.command.infrastructure.TextArrays;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The log's tables. Appends run in the log writer's transaction with its token, so a leaf is written exactly once
 * and in the writer's order; everything else only reads.
 */
@Component
class LogStore implements MerkleTree.Nodes {
    private final JdbcTemplate jdbc;

    LogStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long size() {
        Long last = jdbc.queryForObject("SELECT max(leaf_index) FROM transparency_leaf", Long.class);
        return last == null ? 0 : last + 1;
    }

    /** An event's leaf, to be appended. */
    record Entry(String eventId, byte[] leaf) {
    }

    /** Where an event's leaf went. */
    record Appended(String eventId, long index) {
    }

    /**
     * Appends the entries' leaves after the last one, in order, with the subtrees they complete: two batched
     * statements whatever their number. An event already in the log (delivered again) is passed over.
     *
     * @return the leaves appended, in order
     */
    List<Appended> append(List<Entry> entries) {
        Set<String> logged = new HashSet<>(jdbc.query(TextArrays.statement(
                "SELECT event_id FROM transparency_leaf WHERE event_id = ANY (?)",
                entries.stream().map(Entry::eventId).toList()), (row, n) -> row.getString(1)));
        Map<String, byte[]> made = new HashMap<>();
        MerkleTree.Nodes nodes = (level, index) -> {
            byte[] fresh = made.get(level + "/" + index);
            return fresh != null ? fresh : hash(level, index);
        };
        List<Object[]> leaves = new ArrayList<>();
        List<Appended> appended = new ArrayList<>();
        List<MerkleTree.Node> completed = new ArrayList<>();
        long next = size();
        for (Entry entry : entries) {
            if (!logged.add(entry.eventId())) {
                continue;
            }
            long index = next++;
            leaves.add(new Object[]{index, entry.eventId(), entry.leaf()});
            appended.add(new Appended(entry.eventId(), index));
            for (MerkleTree.Node node : MerkleTree.completedBy(index, MerkleTree.leafHash(entry.leaf()), nodes)) {
                made.put(node.level() + "/" + node.index(), node.hash());
                completed.add(node);
            }
        }
        jdbc.batchUpdate("INSERT INTO transparency_leaf (leaf_index, event_id, leaf) VALUES (?, ?, ?)", leaves);
        jdbc.batchUpdate("INSERT INTO transparency_node (level, node_index, hash) VALUES (?, ?, ?)",
                completed.stream().map(node -> new Object[]{node.level(), node.index(), node.hash()}).toList());
        return appended;
    }

    @Override
    public byte[] hash(int level, long index) {
        return jdbc.queryForList("SELECT hash FROM transparency_node WHERE level = ? AND node_index = ?", byte[].class,
                level, index).stream().findFirst().orElseThrow(() -> new IllegalStateException(
                "the log has no subtree " + index + " at level " + level));
    }

    Optional<byte[]> leaf(long index) {
        return jdbc.queryForList("SELECT leaf FROM transparency_leaf WHERE leaf_index = ?", byte[].class, index)
                .stream().findFirst();
    }

    Optional<Long> indexOf(String eventId) {
        return jdbc.queryForList("SELECT leaf_index FROM transparency_leaf WHERE event_id = ?", Long.class, eventId)
                .stream().findFirst();
    }

    Optional<Checkpoint> latestCheckpoint() {
        return jdbc.query("SELECT tree_size, root_hash, note FROM transparency_checkpoint ORDER BY tree_size DESC"
                + " LIMIT 1", (row, n) -> new Checkpoint(row.getLong(1), row.getBytes(2), row.getString(3)))
                .stream().findFirst();
    }

    /** Keeps a signed checkpoint; another instance may have signed the same size first, which is kept instead. */
    void keep(Checkpoint checkpoint) {
        jdbc.update("INSERT INTO transparency_checkpoint (tree_size, root_hash, note) VALUES (?, ?, ?)"
                + " ON CONFLICT DO NOTHING", checkpoint.size(), checkpoint.rootHash(), checkpoint.note());
    }

    /** A signed tree head: its size, its root and the signed note that states both. */
    record Checkpoint(long size, byte[] rootHash, String note) {
    }
}
