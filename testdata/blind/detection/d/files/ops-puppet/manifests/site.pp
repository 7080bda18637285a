node 'db01.lab' {
  class { 'mysql::server':
    root_password           => lookup('profile::db::root_password'),
    remove_default_accounts => true,
  }
  mysql::db { 'wiki':
    user     => 'wiki',
    password => 'Z~ItaTuriOYNiK3zZwwt',
    host     => '10.0.1.%',
    grant    => ['ALL'],
  }
}

node 'app01.lab' {
  user { 'deploy':
    ensure   => present,
    shell    => '/bin/bash',
    password => '$6$PsClo9xXomLze.9h$J4IDphVdohs4ETFhNOJx6BhMBss5no9tiRpILrg1qjzo1cX8yq5WqaByFlf7z3wnTZhmGS5Lx8Np0N93yD.eg/',
  }
  file { '/etc/shop/env':
    content => epp('shop/env.epp', { 'db_password' => Sensitive(lookup('profile::db::app_password')) }),
    mode    => '0600',
  }
}
