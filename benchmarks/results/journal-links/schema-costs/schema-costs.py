"""Where a durable transfer's time goes in bankcore's SQLite schema (issue 9, 2026-12-03; decision 0024).

python3 schema-costs.py VARIANT PAGE_SIZE [TRANSFERS]
Writes TRANSFERS random transfers between 1,000 accounts, 1,000 per commit, WAL, synchronous=FULL, and
prints the rate of the second half. VARIANT is a dash-separated list of words:
  real     the schema as the store's migrations V1 to V11 make it (the schema at 4f26733)
  full     a hand-written approximation of it (journal and account only)
  fk       foreign_keys=ON
  ae       also the audit row and the event row (560 characters of text) the core writes per transfer
  small    the event row with 20 characters instead
  noacct   without the journal's two indexes by account
  nowealth, norev   (full only) without account_by_wealth, without the UNIQUE on reverses
  chain    the links of V12: two look-ups in the INSERT, the trigger that moves the account's end and marks
"""
import sqlite3, sys, time, random, os, uuid
variant, page = sys.argv[1], int(sys.argv[2])
N = int(sys.argv[3]) if len(sys.argv) > 3 else 200_000
path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"schema-costs-{variant}-{page}.db")
for s in ("", "-wal", "-shm"):
    try: os.remove(path + s)
    except FileNotFoundError: pass
c = sqlite3.connect(path, isolation_level=None)
c.execute(f"PRAGMA page_size={page}")
c.execute("PRAGMA journal_mode=WAL"); c.execute("PRAGMA synchronous=FULL")
c.execute("PRAGMA cache_size=-65536"); c.execute("PRAGMA wal_autocheckpoint=1000")
real = variant.startswith("real")
if "fk" in variant: c.execute("PRAGMA foreign_keys=ON")
uniq_rev = "" if "norev" in variant else "UNIQUE"
if real:
    migrations = os.path.join(os.path.dirname(os.path.abspath(__file__)),
                              "../../../../persistence-sqlite/src/main/resources/db/migration")
    for version, name in sorted((int(f[1:f.index("__")]), f) for f in os.listdir(migrations) if f.endswith(".sql")):
        if version <= 11:
            c.executescript(open(os.path.join(migrations, name)).read())
    c.execute("INSERT INTO customer VALUES (1,'x','x@x','ADMIN',0,NULL)")
    for i in range(2, 1002): c.execute("INSERT INTO customer VALUES (?,'x',?,'CUSTOMER',0,NULL)", (i, f"{i}@x"))
if real and "noacct" in variant:
    c.execute("DROP INDEX journal_by_debit_account"); c.execute("DROP INDEX journal_by_credit_account")
if not real: c.execute(f"""CREATE TABLE account (id INTEGER PRIMARY KEY, owner_id INTEGER, currency TEXT NOT NULL, balance INTEGER NOT NULL,
 status TEXT NOT NULL, kind TEXT NOT NULL, created_at INTEGER NOT NULL, CHECK (kind='SYSTEM' OR balance>=0))""")
if "nowealth" not in variant and not real:
    c.execute("CREATE INDEX account_by_wealth ON account (currency, kind, balance)")
if not real: c.execute(f"""CREATE TABLE journal (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, debit_account_id INTEGER NOT NULL,
 credit_account_id INTEGER NOT NULL, amount INTEGER NOT NULL CHECK (amount>0), currency TEXT NOT NULL, description TEXT NOT NULL,
 created_at INTEGER NOT NULL, reverses TEXT {uniq_rev}, debit_balance_after INTEGER NOT NULL, credit_balance_after INTEGER NOT NULL,
 hash TEXT NOT NULL)""")
if "noacct" not in variant and not real:
    c.execute("CREATE INDEX journal_by_debit_account ON journal (debit_account_id, seq)")
    c.execute("CREATE INDEX journal_by_credit_account ON journal (credit_account_id, seq)")
if "onefeed" in variant:
    c.execute("DROP INDEX journal_by_debit_account"); c.execute("DROP INDEX journal_by_credit_account")
    c.execute("CREATE TABLE posting (account_id INTEGER, seq INTEGER, PRIMARY KEY (account_id, seq)) WITHOUT ROWID")
if "chain" in variant:
    c.execute("ALTER TABLE journal ADD COLUMN debit_prev_seq INTEGER")
    c.execute("ALTER TABLE journal ADD COLUMN credit_prev_seq INTEGER")
    c.execute("ALTER TABLE account ADD COLUMN last_seq INTEGER")
    c.execute("ALTER TABLE account ADD COLUMN entries INTEGER NOT NULL DEFAULT 0")
    c.execute("CREATE TABLE journal_mark (account_id INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (account_id, seq)) WITHOUT ROWID")
    c.execute("""CREATE TRIGGER journal_links_accounts AFTER INSERT ON journal BEGIN
      UPDATE account SET last_seq = NEW.seq, entries = entries + 1 WHERE id IN (NEW.debit_account_id, NEW.credit_account_id);
      INSERT INTO journal_mark (account_id, seq) SELECT id, NEW.seq FROM account
        WHERE id IN (NEW.debit_account_id, NEW.credit_account_id) AND entries % 64 = 0;
    END""")
if not real: c.execute("CREATE INDEX journal_by_time ON journal (created_at)")
c.execute("BEGIN")
for i in range(1, 1001):
    c.execute("INSERT INTO account (id, owner_id, currency, balance, status, kind, created_at) VALUES (?, ?, 'EUR', 100000000, 'ACTIVE', 'CUSTOMER', 0)", (i, i + 1 if real else i))
c.execute("COMMIT")
rnd = random.Random(42); seq = 0; h = "0" * 64
def batch(n):
    global seq
    c.execute("BEGIN")
    for _ in range(n):
        d = rnd.randint(1, 1000); k = rnd.randint(1, 999); k = k + 1 if k >= d else k; a = rnd.randint(1, 1000)
        bal = c.execute("SELECT balance FROM account WHERE id=?", (d,)).fetchone()[0]
        c.execute("UPDATE account SET balance=balance-? WHERE id=?", (a, d))
        cb = c.execute("UPDATE account SET balance=balance+? WHERE id=? RETURNING balance", (a, k)).fetchone()[0]
        seq += 1
        jid = str(uuid.UUID(int=seq << 64 | rnd.getrandbits(64)))
        if "chain" in variant:
            c.execute("INSERT INTO journal (seq,id,debit_account_id,credit_account_id,amount,currency,description,created_at,reverses,debit_balance_after,credit_balance_after,hash,debit_prev_seq,credit_prev_seq) VALUES (?,?,?,?,?,'EUR','benchmark transfer',?,NULL,?,?,?,(SELECT last_seq FROM account WHERE id=?),(SELECT last_seq FROM account WHERE id=?))",
                  (seq, jid, d, k, a, time.time_ns() // 1000, bal - a, cb, h, d, k))
        else:
            c.execute("INSERT INTO journal (seq,id,debit_account_id,credit_account_id,amount,currency,description,created_at,reverses,debit_balance_after,credit_balance_after,hash) VALUES (?,?,?,?,?,'EUR','benchmark transfer',?,NULL,?,?,?)",
                  (seq, jid, d, k, a, time.time_ns() // 1000, bal - a, cb, h))
        if "ae" in variant:
            tid = str(uuid.UUID(int=seq << 64 | 7))
            c.execute("INSERT INTO audit_log (at, action, actor_id, client_address, request_id, account_id, transfer_id) VALUES (?, 'TRANSFER', ?, '127.0.0.1', 'req', ?, ?)", (seq, d + 1, d, jid))
            c.execute("INSERT INTO event (position, id, type, occurred_at, data) VALUES (?, ?, 'transfer.posted', ?, ?)", (seq, tid, seq, "x" * (20 if "small" in variant else 560)))
        if "onefeed" in variant:
            c.execute("INSERT INTO posting VALUES (?,?)", (d, seq)); c.execute("INSERT INTO posting VALUES (?,?)", (k, seq))
    c.execute("COMMIT")
for _ in range(N // 2000): batch(1000)
t = time.perf_counter()
for _ in range(N // 2000): batch(1000)
dt = time.perf_counter() - t
print(f"{variant:24s} page={page:5d} {N//2/dt:8.0f} transfers/s  wal+db {os.path.getsize(path)/1e6:.0f} MB")
