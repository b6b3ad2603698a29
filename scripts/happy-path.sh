#!/usr/bin/env bash
# Drives the happy path of requests.http with curl against a running stack (the local stack by default).
# Usage: STAFF=<token> MEMBER=<token of org $MEMBER_ID> scripts/happy-path.sh
# The local stack prints both tokens (STAFF, MEMBER_ACME); MEMBER_ID defaults to acme.
set -euo pipefail
COMMAND=${COMMAND_URL:-http://localhost:8081/api/v1}
MEMBER_ID=${MEMBER_ID:-acme}
: "${STAFF:?set STAFF to a staff token}" "${MEMBER:?set MEMBER to a member token of $MEMBER_ID}"

call() { # method path token body -> prints the status and the body, returns the body in $BODY
    local method=$1 path=$2 token=$3 body=${4:-}
    local out
    out=$(curl -s -w '\n%{http_code}' -X "$method" "$COMMAND$path" -H "Authorization: Bearer $token" \
        -H 'Content-Type: application/json' ${body:+-d "$body"})
    STATUS=$(tail -n1 <<<"$out"); BODY=$(sed '$d' <<<"$out")
    printf '%-6s %-60s %s %s\n' "$method" "$path" "$STATUS" "$BODY"
}
field() { sed -E "s/.*\"$1\":\"([^\"]*)\".*/\1/" <<<"$BODY"; }

call POST /members "$STAFF" "{\"memberId\":\"$MEMBER_ID\",\"legalName\":\"Acme Corp\",\"sizeBand\":\"LT_100\",\"goodStanding\":true,\"contactEmail\":\"certs@acme.example\"}"
i=0
for type in PRACTITIONER PRACTITIONER PRACTITIONER ENGINEER ENGINEER PROFESSIONAL FOCUS_ANALYST FOCUS_ANALYST; do
    i=$((i + 1))
    call POST "/members/$MEMBER_ID/individual-certifications" "$MEMBER" \
        "{\"personId\":\"person-$i\",\"type\":\"$type\",\"credentialId\":\"$MEMBER_ID-CRED-$i\",\"issuedOn\":\"2025-06-01\"}"
done
capabilities=""
for id in data-ingestion allocation reporting-analytics anomaly-management forecasting unit-economics rate-optimization; do
    capabilities="$capabilities{\"capabilityId\":\"$id\",\"evidenceUrl\":\"https://acme.example/docs/$id\"},"
done
content="\"offering\":{\"name\":\"Acme Cloud Cost\",\"url\":\"https://acme.example/product\",\"openSource\":false,\"foundingMaintainer\":false},\"capabilities\":[${capabilities%,}],\"focus\":{\"version\":\"1.2\",\"modes\":[\"EXPORT\"],\"referenceUrl\":\"https://acme.example/focus\"},\"community\":[{\"kind\":\"WORKING_GROUP\",\"url\":\"https://acme.example/blog/wg\"}]"
call POST /applications "$MEMBER" "{\"memberId\":\"$MEMBER_ID\",\"type\":\"PLATFORM\",$content}"
application=$(field applicationId)
call POST "/applications/$application/approve" "$STAFF" '{"comment":"all criteria of 2025-1 met"}'
certification=$(field certificationId)
call POST "/certifications/$certification/transfer" "$MEMBER" '{"toMemberId":"globex","reason":"acquired by globex"}'
call POST "/certifications/$certification/white-label-partners" "$MEMBER" '{"partnerMemberId":"resellco"}'
call POST "/certifications/$certification/renewals" "$MEMBER" "{$content}"
call POST "/applications/$(field applicationId)/approve" "$STAFF" '{"comment":"renewed"}'
call POST "/certifications/$certification/revoke" "$STAFF" '{"reason":"badge used for an uncertified product"}'
echo "certification $certification of $MEMBER_ID"
