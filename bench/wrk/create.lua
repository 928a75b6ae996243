-- POST /api/v1/appeals: a community worker raises an appeal at the desk for a resident on
-- record, at the resident's grid. $BENCH_PLACES: comma-separated "grid:resident" pairs.
package.path = debug.getinfo(1, "S").source:match("@?(.*/)") .. "?.lua;" .. package.path
local common = require("common")

local places = {}
for _, item in ipairs(common.split(os.getenv("BENCH_PLACES"))) do
  local grid, resident = item:match("(%d+):(%d+)")
  places[#places + 1] = { grid = grid, resident = resident }
end
-- Clocks of a day or more only: the appeals created here stay in the city for the next run,
-- and ones that fell overdue meanwhile would make that run's server raise them while measured.
local categories = { "ordinary", "ordinary", "ordinary", "complex" }
local texts = { "楼道灯不亮，晚上上下楼看不清", "小区门口垃圾堆放，有异味",
  "楼上漏水到卫生间天花板", "单元门禁坏了，门关不上" }

setup = common.setup
done = common.done

function init()
  common.init()
end

function request()
  local p = places[math.random(1, #places)]
  local body = string.format(
    '{"channel":"desk","category":"%s","urgency":"normal","description":"%s","area_id":%s,' ..
    '"resident_id":%s}', categories[math.random(1, #categories)],
    texts[math.random(1, #texts)], p.grid, p.resident)
  local h = common.headers(1)
  h["Content-Type"] = "application/json"
  return wrk.format("POST", "/api/v1/appeals", h, body)
end
