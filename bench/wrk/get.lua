-- GET of $BENCH_PATH, where "{id}" becomes a random id in [1, $BENCH_MAX_ID] and "{pick}" one of
-- the comma-separated $BENCH_PICKS; with the token(s) of common.lua, one chosen per request.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")

local path = os.getenv("BENCH_PATH") or "/api/v1/ping"
local max_id = tonumber(os.getenv("BENCH_MAX_ID") or "1")
local picks = common.split(os.getenv("BENCH_PICKS"))

setup = common.setup
done = common.done

function init()
  common.init()
end

function request()
  local p = path
  if p:find("{id}", 1, true) then p = p:gsub("{id}", tostring(math.random(1, max_id))) end
  if p:find("{pick}", 1, true) then p = p:gsub("{pick}", picks[math.random(1, #picks)]) end
  return wrk.format("GET", p, common.headers(math.random(1, 1000)))
end
