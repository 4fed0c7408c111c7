# Sourced by benchmarks/http-ab.sh and the scripts that reuse its ledger: the API's settings for the HTTP
# benchmarks. The tokens in http-ab.sh's users.txt are signed with this secret, so every script that sends them
# must start the API with it. Fake, for these benchmarks only: the ledgers they make are thrown away.
export BANK_ADMIN_EMAIL=load-admin@example.com BANK_ADMIN_PASSWORD=load-admin-passphrase-for-benchmarks
export BANK_JWT_SECRET=fake-http-benchmark-secret-0123456789abcdef BANK_API_PORT=18600
