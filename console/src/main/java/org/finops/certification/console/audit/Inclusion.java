package org.finops.certification.console.audit;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * Checks an RFC 9162 inclusion proof (section 2.1.3.2): the root that the leaf and its audit path lead to must be the
 * checkpoint's. Written from the RFC, apart from the log's code, so that the console checks the log rather than
 * repeating it; Go's {@code tlog.CheckRecord} checks the same proofs in the log's own tests.
 */
final class Inclusion {
    private Inclusion() {
    }

    static boolean holds(byte[] leaf, long index, long size, List<byte[]> path, byte[] root) {
        if (index < 0 || index >= size) {
            return false;
        }
        long fn = index;
        long sn = size - 1;
        byte[] r = hash(new byte[]{0x00}, leaf);
        for (byte[] p : path) {
            if (sn == 0) {
                return false;
            }
            if ((fn & 1) == 1 || fn == sn) {
                r = hash(new byte[]{0x01}, p, r);
                while ((fn & 1) == 0 && fn != 0) {
                    fn >>= 1;
                    sn >>= 1;
                }
            } else {
                r = hash(new byte[]{0x01}, r, p);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && Arrays.equals(r, root);
    }

    private static byte[] hash(byte[]... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (byte[] part : parts) {
                sha256.update(part);
            }
            return sha256.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
