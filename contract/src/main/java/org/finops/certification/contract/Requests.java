package org.finops.certification.contract;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.finops.certification.events.CommunityKind;
import org.finops.certification.events.FocusMode;
import org.finops.certification.events.IndividualCertificationType;
import org.finops.certification.events.Offering;
import org.finops.certification.events.SizeBand;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The bodies of the command API, with the checks every field gets at the boundary; the controllers take them, the
 * console and the tests send them. Field names are the contract's.
 */
public final class Requests {
    public static final String ID = "[A-Za-z0-9][A-Za-z0-9._:-]{0,127}";
    public static final String PUBLIC_URL = "https?://\\S{1,2000}";
    public static final String ID_MESSAGE = "must be 1 to 128 letters, digits, '.', '_', ':' or '-'";
    public static final String URL_MESSAGE = "must be a public http(s) URL";

    private Requests() {
    }

    public enum ApplicationType { PLATFORM, SERVICE_PROVIDER }

    public enum LegacyType { LEGACY_PLATFORM, LEGACY_SPECIALTY_SOLUTION }

    public record RegisterMember(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String memberId,
                                 @NotBlank @Size(max = 300) String legalName,
                                 @NotNull SizeBand sizeBand,
                                 @NotNull Boolean goodStanding,
                                 @NotBlank @Email @Size(max = 320) String contactEmail) {
    }

    public record ChangeStanding(@NotNull Boolean goodStanding, @NotBlank @Size(max = 2000) String reason) {
    }

    public record ChangeSizeBand(@NotNull SizeBand sizeBand, @NotBlank @Size(max = 2000) String reason) {
    }

    public record RecordCredential(@NotBlank @Size(max = 255) String personId,
                                   @NotNull IndividualCertificationType type,
                                   @NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String credentialId,
                                   @NotNull LocalDate issuedOn,
                                   LocalDate expiresOn) {

        /** The rule across two fields: a certification does not expire before it is issued. */
        public Optional<String> expiryProblem() {
            return expiresOn != null && issuedOn != null && expiresOn.isBefore(issuedOn)
                    ? Optional.of("must not be before issuedOn") : Optional.empty();
        }
    }

    public record Reason(@Size(max = 2000) String reason) {
    }

    public record RequiredReason(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Comment(@Size(max = 2000) String comment) {
    }

    public record OfferingBody(@Size(max = 300) String name,
                               @NotBlank @Pattern(regexp = PUBLIC_URL, message = URL_MESSAGE) String url,
                               Boolean openSource, Boolean foundingMaintainer) {
        public Offering toOffering() {
            return new Offering(name, url, openSource, foundingMaintainer);
        }
    }

    public record Capability(@NotBlank @Size(max = 100) String capabilityId,
                             @NotBlank @Pattern(regexp = PUBLIC_URL, message = URL_MESSAGE) String evidenceUrl) {
    }

    public record Focus(@Size(max = 20) String version, @Size(max = 3) List<@NotNull FocusMode> modes,
                        @Pattern(regexp = PUBLIC_URL, message = URL_MESSAGE) String referenceUrl,
                        @Size(max = 4000) String evidence) {
    }

    public record Community(@NotNull CommunityKind kind,
                            @NotBlank @Pattern(regexp = PUBLIC_URL, message = URL_MESSAGE) String url) {
    }

    public record Application(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String memberId,
                              @NotNull ApplicationType type,
                              @NotNull @Valid OfferingBody offering,
                              @NotNull @Size(max = 100) List<@NotNull @Valid Capability> capabilities,
                              @Valid Focus focus,
                              @Size(max = 100) List<@NotNull @Valid Community> community,
                              @Size(max = 64) String basedOnCertificationId) implements Content {
    }

    public record Renewal(@NotNull @Valid OfferingBody offering,
                          @NotNull @Size(max = 100) List<@NotNull @Valid Capability> capabilities,
                          @Valid Focus focus,
                          @Size(max = 100) List<@NotNull @Valid Community> community) implements Content {
    }

    /** What an application or a renewal puts forward. */
    public interface Content {
        OfferingBody offering();

        List<Capability> capabilities();

        Focus focus();

        List<Community> community();
    }

    public record Transfer(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String toMemberId,
                           @Size(max = 2000) String reason) {
    }

    public record WhiteLabelPartner(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String partnerMemberId) {
    }

    public record LegacyCertification(@NotBlank @Pattern(regexp = ID, message = ID_MESSAGE) String memberId,
                                      @NotNull LegacyType legacyType,
                                      @NotNull LocalDate grantedOn,
                                      @NotNull LocalDate expiresOn,
                                      @NotBlank @Size(max = 255) String externalReference) {
    }
}
