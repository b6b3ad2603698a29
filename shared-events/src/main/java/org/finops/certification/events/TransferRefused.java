package org.finops.certification.events;

public record TransferRefused(String memberId, String certificationId, RefusedRequest request, String requestedFor,
        String requestReason, String refusal) implements CertificationEvent {
}
