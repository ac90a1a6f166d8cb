-- run once, on the node that bootstraps the cluster; replicated to the others by state transfer
CREATE USER IF NOT EXISTS 'haproxy_check'@'%';
