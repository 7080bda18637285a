default['shop']['user'] = 'shop'
default['shop']['db']['host'] = 'db01.lab'
default['shop']['db']['name'] = 'shop'
default['shop']['db']['username'] = 'shop'
default['shop']['db']['password'] = 'FALCON@2452'
default['shop']['redis']['password'] = chef_vault_item('shop', 'redis')['password']
default['shop']['admin']['password'] = ENV['SHOP_ADMIN_PASSWORD']
default['shop']['session']['secret'] = '540122c3d6714b6f218c9a9694161d0b25b9e77560d6a85a751686896e1a8abd'
