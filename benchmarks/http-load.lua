-- wrk script for the HTTP load benchmark: every request carries a real access token of one of the
-- customers that benchmarks/http-users.py made.
--   wrk -t2 -c64 -d20s --latency -s benchmarks/http-load.lua http://127.0.0.1:18600 -- transfers users.txt
-- Modes: "transfers" (POST /transfers to a customer, 201), "transfer" (the seed's POST /transfer, 200),
-- "me" (GET /users/me, 200). A payer and a payee are drawn at random for each request (never the same
-- customer), and amounts from 0.01 to 0.99, so no funded customer runs dry during a run.

local mode, customers, tokens = nil, {}, {}

function init(args)
  mode = args[1]
  for line in io.lines(args[2]) do
    local id, token = line:match("^(%d+) (%S+)$")
    customers[#customers + 1] = id
    tokens[#tokens + 1] = token
  end
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16) % 1000003)
  if mode ~= "transfers" and mode ~= "transfer" and mode ~= "me" then
    error("mode must be transfers, transfer or me, got " .. tostring(mode))
  end
end

function request()
  local payer = math.random(#customers)
  local headers = { ["Authorization"] = "Bearer " .. tokens[payer] }
  if mode == "me" then
    return wrk.format("GET", "/users/me", headers)
  end
  local payee = math.random(#customers - 1)
  if payee >= payer then payee = payee + 1 end
  headers["Content-Type"] = "application/json"
  local body = string.format('{"receiver_id":%s,"amount":"0.%02d"}', customers[payee], math.random(99))
  return wrk.format("POST", mode == "transfers" and "/transfers" or "/transfer", headers, body)
end
