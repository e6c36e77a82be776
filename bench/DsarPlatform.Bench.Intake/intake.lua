-- POST /api/requests: a deletion request for an account no store knows (a new account id and email each time),
-- with a name and two details, as a person would send it. wrk runs one Lua state per thread; the bench passes
-- a run nonce after "--", so ids never repeat across threads, rounds or runs.
local names = { "Maria Lopez", "James Carter", "Aiko Tanaka", "Olusegun Bello", "Ingrid Nilsson", "Priya Raman",
                "Tomasz Nowak", "Fatima Haddad", "Liam Byrne", "Chen Wei", "Sofia Rossi", "Daniel Weber" }
local threads = 0
local prefix, counter = "", 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

function init(args)
  prefix = string.format("%s-%d", args[1] or "run", tid or 0)
  math.randomseed(os.time() * 10 + (tid or 0))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
end

function request()
  counter = counter + 1
  local id = string.format("%s-%d", prefix, counter)
  local body = string.format(
    '{"type":"deletion","accountId":"acct-%s","email":"user-%s@example.net","fullName":"%s",' ..
    '"dataPoints":{"phone":"+1555%07d","postalCode":"%05d"}}',
    id, id, names[math.random(#names)], math.random(0, 9999999), math.random(0, 99999))
  return wrk.format(nil, nil, nil, body)
end
