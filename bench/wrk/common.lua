-- Shared by the benchmark's wrk scripts: a bearer token from $BENCH_TOKEN (or one of the
-- comma-separated $BENCH_TOKENS), a per-thread random seed, and the one result line run.sh reads:
--   RESULT <name> <requests/s> <p99 ms> <non-2xx responses> <socket errors>
local common = {}

function common.split(s)
  local out = {}
  for item in string.gmatch(s or "", "[^,]+") do out[#out + 1] = item end
  return out
end

common.tokens = common.split(os.getenv("BENCH_TOKENS") or os.getenv("BENCH_TOKEN"))

function common.headers(i)
  local h = { ["Accept"] = "application/json" }
  if #common.tokens > 0 then
    h["Authorization"] = "Bearer " .. common.tokens[((i or 1) - 1) % #common.tokens + 1]
  end
  return h
end

local thread_no = 0
function common.setup(thread)
  thread_no = thread_no + 1
  thread:set("seed", thread_no * 7919)
end

function common.init()
  math.randomseed(seed or 1)
end

function common.done(summary, latency)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format("RESULT %s %.1f %.2f %d %d\n", os.getenv("BENCH_NAME") or "?",
    summary.requests / secs, latency:percentile(99) / 1000, e.status,
    e.connect + e.read + e.write + e.timeout))
end

return common
