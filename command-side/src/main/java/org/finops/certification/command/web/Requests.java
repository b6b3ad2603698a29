package org.finops.certification.command.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.finops.certification.command.member.application.ApplicationContent;
import org.finops.certification.events.CapabilityClaim;
import org.finops.certification.events.CommunityContribution;
import org.finops.certification.events.CommunityKind;
import org.finops.certification.events.FocusEvidence;
import org.finops.certification.events.FocusMode;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.Offering;
import org.finops.certification.events.SizeBand;

import java.time.LocalDate;
import java.util.List;

/** The bodies of the command API; field names are the contract's. */
final class Requests {
    static final String ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";
    static final String PUBLIC_URL = "https?://\\S{1,2000}";
    static final String ID_MESSAGE = "must be 1 to 128 letters, digits, '.', '_', ':' or '-'";
    static final String URL_MESSAGE = "must be a public http(s) URL";

    private Requests() {
    }

    enum ApplicationType { PLATFORM, SERVICE_PROVIDER }

    enum LegacyType { LEGACY_PLATFORM, LEGACY_SPECIALTY_SOLUTION }

    record RegisterMember(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String memberId,
                          @NotBlank @Size(max = 300) String legalName,
                          @NotNull SizeBand sizeBand,
                          @NotNull Boolean goodStanding,
                          @NotBlank @Email @Size(max = 320) String contactEmail) {
    }

    record ChangeStanding(@NotNull Boolean goodStanding, @NotBlank @Size(max = 2000) String reason) {
    }

    record ChangeSizeBand(@NotNull SizeBand sizeBand, @NotBlank @Size(max = 2000) String reason) {
    }

    record RecordCredential(@NotBlank @Size(max = 255) String personId,
                            @NotNull IndividualCertificationType type,
                            @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String credentialId,
                            @NotNull LocalDate issuedOn,
                            LocalDate expiresOn) {
    }

    record Reason(@Size(max = 2000) String reason) {
    }

    record RequiredReason(@NotBlank @Size(max = 2000) String reason) {
    }

    record Comment(@Size(max = 2000) String comment) {
    }

    record OfferingBody(@Size(max = 300) String name,
                        @NotBlank @Pattern(regexp = PUBLIC_URL, message = URL_MESSAGE) String url,
                        Boolean openSource, Boolean foundingMaintainer) {
        Offering toOffering() {
            return new Offering(name, url, openSource, foundingMaintainer);
        }
    }

    record Capability(@NotBlank @Size(max = 100) String capabilityId,
                      @NotBlank @Pattern(regexp = PUBLIC_URL, message = URL_MESSAGE) String evidenceUrl) {
    }

    record Focus(@Size(max = 20) String version, @Size(max = 3) List<@NotNull FocusMode> modes,
                 @Pattern(regexp = PUBLIC_URL, message = URL_MESSAGE) String referenceUrl,
                 @Size(max = 4000) String evidence) {
    }

    record Community(@NotNull CommunityKind kind,
                     @NotBlank @Pattern(regexp = PUBLIC_URL, message = URL_MESSAGE) String url) {
    }

    record Application(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String memberId,
                       @NotNull ApplicationType type,
                       @NotNull @Valid OfferingBody offering,
                       @NotNull @Size(max = 100) List<@NotNull @Valid Capability> capabilities,
                       @Valid Focus focus,
                       @Size(max = 100) List<@NotNull @Valid Community> community,
                       @Size(max = 64) String basedOnCertificationId) {
        ApplicationContent content() {
            return Requests.content(offering, capabilities, focus, community);
        }
    }

    record Renewal(@NotNull @Valid OfferingBody offering,
                   @NotNull @Size(max = 100) List<@NotNull @Valid Capability> capabilities,
                   @Valid Focus focus,
                   @Size(max = 100) List<@NotNull @Valid Community> community) {
        ApplicationContent content() {
            return Requests.content(offering, capabilities, focus, community);
        }
    }

    record Transfer(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String toMemberId,
                    @Size(max = 2000) String reason) {
    }

    record WhiteLabelPartner(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String partnerMemberId) {
    }

    record LegacyCertification(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String memberId,
                               @NotNull LegacyType legacyType,
                               @NotNull LocalDate grantedOn,
                               @NotNull LocalDate expiresOn,
                               @NotBlank @Size(max = 255) String externalReference) {
    }

    private static ApplicationContent content(OfferingBody offering, List<Capability> capabilities, Focus focus,
                                              List<Community> community) {
        return new ApplicationContent(offering.toOffering(),
                capabilities.stream().map(c -> new CapabilityClaim(c.capabilityId(), c.evidenceUrl())).toList(),
                focus == null ? null : new FocusEvidence(focus.version(), focus.modes() == null ? List.of()
                        : focus.modes(), focus.referenceUrl(), focus.evidence()),
                community == null ? List.of()
                        : community.stream().map(c -> new CommunityContribution(c.kind(), c.url())).toList());
    }
}
