0
7
2147483647
9223372036854775807
9223372036854775808
123456789012345678901234567890
0x_ff_FF
0XDEADbeef
0o777
0O1_7
0b1010_1010
0B1
1_000_000
0_0
00
1.5
1.
.5
1e10
1E-5
1.5e+300
1_000.000_1e1_0
1e999
0.1
123456789.123456789
1e16
1e15
0.0001
0.00001
3.14_15
'single'
"double"
'it\'s'
"say \"hi\""
'''triple single'''
"""triple
double"""
'escapes: \n \t \\ \' \" \a \b \f \v \r \0 \101 \x41 \u00e9 \U0001F600 \N{BULLET}'
'unknown \d \q'
'line \
continuation'
r'raw \n \t \\'
R"raw \d"
b'bytes \x00 \xff \n'
B"BYTES"
rb'raw bytes \x'
Br'raw bytes 2'
bR'raw bytes 3'
RB'raw bytes 4'
'con' "cat" '''enation'''
b'a' b'b'
('implicit'
 'join'
 r'\raw')
''
""
b''
None
True
False
...
'quote " in single'
"quote ' in double"
'both \' and "'
'tab\there'
'\x7f\x80\xa0'
'\u2028'
