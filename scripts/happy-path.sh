#!/usr/bin/env bash
# Drives the happy path of requests.http with curl against a running stack (the local stack by default): a member
# is registered, records its people's individual certifications, applies, is approved, is refused a transfer and a
# white-label extension, renews, and ends certified and listed in the public directory.
# Usage: STAFF=<token> MEMBER=<token of org $MEMBER_ID> scripts/happy-path.sh
# The local stack prints both tokens (STAFF, MEMBER_ACME); MEMBER_ID defaults to acme.
# Every command carries an Idempotency-Key made from the member and the step, so running the script again replays
# the first answers (Idempotent-Replayed: true) and changes nothing.
set -euo pipefail
COMMAND=${COMMAND_URL:-http://localhost:8081/api/v1}
QUERY=${QUERY_URL:-http://localhost:8082/api/v1}
MEMBER_ID=${MEMBER_ID:-acme}
: "${STAFF:?set STAFF to a staff token}" "${MEMBER:?set MEMBER to a member token of $MEMBER_ID}"

request() { # method url token key expected-status body -> prints the answer, leaves it in $STATUS and $BODY
    local method=$1 url=$2 token=$3 key=$4 expected=$5 body=${6:-} headers out
    headers=$(mktemp)
    out=$(curl -s -D "$headers" -w '\n%{http_code}' -X "$method" "$url" ${token:+-H "Authorization: Bearer $token"} \
        ${key:+-H "Idempotency-Key: happy-path-$MEMBER_ID-$key"} -H 'Content-Type: application/json' ${body:+-d "$body"})
    STATUS=$(tail -n1 <<<"$out"); BODY=$(sed '$d' <<<"$out")
    POSITION=$(sed -nE 's/^X-Event-Position: *([0-9]+).*/\1/ip' "$headers")
    local replayed=""
    grep -qi '^Idempotent-Replayed: true' "$headers" && replayed=" (replayed: this step ran before)"
    rm -f "$headers"
    printf '%-6s %-62s %s%s\n       %s\n' "$method" "${url#http://localhost}" "$STATUS" "$replayed" "$BODY"
    if [ "$STATUS" != "$expected" ]; then
        echo "expected $expected: the happy path stops here" >&2
        exit 1
    fi
}
command() { request "$1" "$COMMAND$2" "$3" "$4" "$5" "${6:-}"; }
field() { sed -E "s/.*\"$1\":\"([^\"]*)\".*/\1/" <<<"$BODY"; }

command POST /members "$STAFF" register 201 \
    "{\"memberId\":\"$MEMBER_ID\",\"legalName\":\"Acme Corp\",\"sizeBand\":\"LT_100\",\"goodStanding\":true,\"contactEmail\":\"certs@acme.example\"}"
i=0
for type in PRACTITIONER PRACTITIONER PRACTITIONER ENGINEER ENGINEER PROFESSIONAL FOCUS_ANALYST FOCUS_ANALYST; do
    i=$((i + 1))
    command POST "/members/$MEMBER_ID/individual-certifications" "$MEMBER" "credential-$i" 201 \
        "{\"personId\":\"person-$i\",\"type\":\"$type\",\"credentialId\":\"$MEMBER_ID-CRED-$i\",\"issuedOn\":\"2025-06-01\"}"
done
capabilities=""
for id in data-ingestion allocation reporting-analytics anomaly-management forecasting unit-economics rate-optimization; do
    capabilities="$capabilities{\"capabilityId\":\"$id\",\"evidenceUrl\":\"https://acme.example/docs/$id\"},"
done
content="\"offering\":{\"name\":\"Acme Cloud Cost\",\"url\":\"https://acme.example/product\",\"openSource\":false,\"foundingMaintainer\":false},\"capabilities\":[${capabilities%,}],\"focus\":{\"version\":\"1.2\",\"modes\":[\"EXPORT\"],\"referenceUrl\":\"https://acme.example/focus\"},\"community\":[{\"kind\":\"WORKING_GROUP\",\"url\":\"https://acme.example/blog/wg\"}]"
command POST /applications "$MEMBER" apply 201 "{\"memberId\":\"$MEMBER_ID\",\"type\":\"PLATFORM\",$content}"
application=$(field applicationId)
command POST "/applications/$application/approve" "$STAFF" approve 200 '{"comment":"all criteria of 2025-1 met"}'
certification=$(field certificationId)
# a certification belongs to the organisation that earned it: both are refused (422 NOT_TRANSFERABLE) and recorded
command POST "/certifications/$certification/transfer" "$MEMBER" transfer 422 \
    '{"toMemberId":"globex","reason":"acquired by globex"}'
command POST "/certifications/$certification/white-label-partners" "$MEMBER" white-label 422 \
    '{"partnerMemberId":"resellco"}'
command POST "/certifications/$certification/renewals" "$MEMBER" renew 201 "{$content}"
command POST "/applications/$(field applicationId)/approve" "$STAFF" approve-renewal 200 '{"comment":"renewed"}'

echo
echo "Reads (query side; minPosition waits until the views have applied the renewal):"
request GET "$QUERY/certifications/$certification?minPosition=${POSITION:-0}" "$STAFF" "" 200
grep -q '"status":"ACTIVE"' <<<"$BODY" || { echo "the certification is not ACTIVE in the query view" >&2; exit 1; }
request GET "$QUERY/members/$MEMBER_ID/compliance?type=PLATFORM" "$MEMBER" "" 200
request GET "$QUERY/directory" "" "" 200
grep -q '"Acme Corp"' <<<"$BODY" || { echo "Acme Corp is missing from the directory" >&2; exit 1; }
echo
echo "application $application of $MEMBER_ID was approved"
echo "certification $certification of $MEMBER_ID is ACTIVE and listed in the directory; its trail:"
echo "  curl -H \"Authorization: Bearer \$STAFF\" '$QUERY/audit?certificationId=$certification'"
echo
echo "export APP=$application CERT=$certification"
