-- wrk script: the technician records results (five points, three readings each) on assigned work
-- orders in turn; each post stores a new version. LOAD_DIR names the prepared folder, LOAD_THREADS wrk's -t.
local dir = os.getenv("LOAD_DIR")
local threads = tonumber(os.getenv("LOAD_THREADS"))
local created = 0
local all = {}

function setup(thread)
  thread:set("offset", created)
  created = created + 1
  all[#all + 1] = thread
end

-- Every answer that is not 2xx is tallied by status and printed at the end with the first body seen.
function response(status, headers, body)
  if status >= 300 then
    failures = failures .. status .. " "
    if example == "" then example = body end
  end
end

function done(summary, latency, requests)
  for _, thread in ipairs(all) do
    local seen = thread:get("failures")
    if seen ~= "" then io.stderr:write("non-2xx statuses: ", seen:sub(1, 400), "\nfirst: ", thread:get("example"):sub(1, 400), "\n") end
  end
end

local function read(name)
  local file = assert(io.open(dir .. "/" .. name))
  local text = file:read("*a")
  file:close()
  return text
end

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
