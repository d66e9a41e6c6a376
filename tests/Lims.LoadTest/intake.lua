-- wrk script: the reception desk hands in instruments, one submission per request, each a different
-- instrument (prepared by Lims.LoadTest). LOAD_DIR names the prepared folder, LOAD_THREADS wrk's -t.
package.path = "tests/Lims.LoadTest/?.lua;" .. package.path
require("common")

function init(args)
  failures, example = "", ""
  ids = {}
  for line in io.lines(dir .. "/" .. (os.getenv("LOAD_IDS") or "instruments.txt")) do ids[#ids + 1] = line end
  body = read("submission.json")
  headers = { ["Authorization"] = "Bearer " .. read("reception.token"), ["Content-Type"] = "application/json" }
  nextId = offset + 1
end

function request()
  local id = ids[nextId]
  if id == nil then
    error("ran out of prepared instruments: prepare more for this duration")
  end
  nextId = nextId + threads
  return wrk.format("POST", "/api/submissions", headers, (body:gsub("{instrument}", id)))
end
