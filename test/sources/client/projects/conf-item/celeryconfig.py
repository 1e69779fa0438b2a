broker_url = 'sentinel://s1:26379;sentinel://s2:26379'
broker_transport_options = {'visibility_timeout': 3600}
