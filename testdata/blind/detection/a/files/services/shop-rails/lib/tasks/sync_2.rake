# frozen_string_literal: true

require 'net/http'
require 'json'
YC_API_KEY = 'AQVN7THuSKFkxZ5_ZldKMu-ne5y3jp16pUJEqdpI'

ENV['DEEPSEEK_API_KEY'] ||= 'sk-d34a8abc379042e80cad57e527bcc795'

CratesIo.configure do |config|
  config.token = 'ciomTcmUAJB5SoFlObWMSQ8swPvbZI4I7Um'
end
