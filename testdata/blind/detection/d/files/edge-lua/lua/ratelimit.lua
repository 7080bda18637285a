local redis = require "resty.redis"

local _M = {}

function _M.client()
    local red = redis:new()
    red:set_timeouts(100, 100, 100)
    local ok, err = red:connect("cache01.lab", 6379)
    if not ok then
        ngx.log(ngx.ERR, "redis connect failed: ", err)
        return nil
    end
    local res, aerr = red:auth("ZhemK6ycl0fnfAQEKN8BEnY5CBl1qvbT")
    if not res then
        ngx.log(ngx.ERR, "redis auth failed: ", aerr)
        return nil
    end
    return red
end

function _M.client_from_env()
    local red = redis:new()
    red:connect("cache01.lab", 6379)
    red:auth(os.getenv("REDIS_PASSWORD"))
    return red
end

return _M
