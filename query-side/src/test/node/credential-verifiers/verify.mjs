// Verifies what the query side issued with implementations other than its own: jose for the VC-JWTs, Digital
// Bazaar's vc / data-integrity / eddsa-rdfc-2022-cryptosuite / vc-bitstring-status-list for the Data Integrity
// proof and the status lists. Nothing is fetched: the documents come from the input file (as the service served
// them), the VC 2.0 context from Digital Bazaar's own package. Prints one JSON object with each verifier's answer.
import {readFileSync} from 'node:fs';
import * as jose from 'jose';
import * as vc from '@digitalbazaar/vc';
import {DataIntegrityProof} from '@digitalbazaar/data-integrity';
import {cryptosuite as eddsaRdfc2022} from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import {checkStatus} from '@digitalbazaar/vc-bitstring-status-list';
import {contexts as credentialsContexts} from '@digitalbazaar/credentials-context';

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const documents = new Map(Object.entries(input.documents));
for(const [url, context] of credentialsContexts) {
  documents.set(url, context);
}
const did = input.documents[input.issuer];
for(const method of did.verificationMethod) {
  documents.set(method.id, {'@context': 'https://w3id.org/security/multikey/v1', ...method});
}

async function documentLoader(url) {
  const document = documents.get(url);
  if(document === undefined) {
    throw new Error(`the static document loader has no ${url}`);
  }
  return {contextUrl: null, documentUrl: url, document};
}

function reason(error) {
  if(!error) {
    return null;
  }
  const errors = error.errors || (Array.isArray(error) ? error : [error]);
  return errors.map(e => e.message || String(e)).join('; ');
}

const answer = {};
const jwks = jose.createLocalJWKSet(input.jwks);
for(const [name, jwt] of Object.entries(input.jwts || {})) {
  try {
    const {payload, protectedHeader} = await jose.jwtVerify(jwt, jwks, {
      issuer: input.issuer, currentDate: new Date(input.now), algorithms: ['RS256']
    });
    answer[name] = {verified: true, header: protectedHeader, payload};
  } catch(error) {
    answer[name] = {verified: false, error: `${error.code}: ${error.message}`};
  }
}

const suite = new DataIntegrityProof({cryptosuite: eddsaRdfc2022});
for(const [name, credential] of Object.entries(input.credentials || {})) {
  try {
    const result = await vc.verifyCredential({
      credential, suite, documentLoader, checkStatus, now: new Date(input.now)
    });
    answer[name] = {
      verified: result.verified,
      error: reason(result.error),
      // a set bit is not a failed verification here: the library reports it, the relying party decides
      status: Object.fromEntries((result.statusResult?.results || []).map(
        r => [r.credentialStatus?.statusPurpose, r.verified ? r.status : `unchecked: ${reason(r.error)}`]))
    };
  } catch(error) {
    answer[name] = {verified: false, error: reason(error)};
  }
}
process.stdout.write(JSON.stringify(answer));
