module Acme; module Kit; end; end
