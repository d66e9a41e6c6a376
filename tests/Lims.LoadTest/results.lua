-- wrk script: the technician records results (five points, three readings each) on assigned work
-- orders in turn; each post stores a new version. LOAD_DIR names the prepared folder, LOAD_THREADS wrk's -t.
package.path = "tests/Lims.LoadTest/?.lua;" .. package.path
require("common")

function init(args)
  failures, example = "", ""
  -- Each thread takes its own share of the work orders, so no two requests race on one work order.
  mine = {}
  local index = 0
  for line in io.lines(dir .. "/work-orders.txt") do
    if index % threads == offset then mine[#mine + 1] = line end
    index = index + 1
  end
  body = read("results.json")
  headers = { ["Authorization"] = "Bearer " .. read("technician.token"), ["Content-Type"] = "application/json" }
  turn = 0
end

function request()
  turn = turn % #mine + 1
  return wrk.format("POST", "/api/work-orders/" .. mine[turn] .. "/results", headers, body)
end
