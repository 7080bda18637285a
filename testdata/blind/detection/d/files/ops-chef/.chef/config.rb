current_dir = File.dirname(__FILE__)
log_level                :info
node_name                'dmitri'
client_key               "#{current_dir}/dmitri.pem"
chef_server_url          'https://chef.corp-internal.net/organizations/kovlab'
cookbook_path            ["#{current_dir}/../cookbooks"]
knife[:aws_access_key_id]     = 'AKIA6B4RYQQEHLD6CE6N'
knife[:aws_secret_access_key] = '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'
knife[:vault_mode] = 'client'
