import sys,re,subprocess
lines=open(sys.argv[1]).read().split('\n')
# find last C2 block
starts=[i for i,l in enumerate(lines) if l.startswith('Compiled method (c2)')]
i=starts[-1]
while not lines[i].startswith('[MachCode]'): i+=1
data=bytearray(); base=None
for l in lines[i+1:]:
    if l.startswith('[') and not l.startswith('[Verified') and not l.startswith('[Entry') and 'MachCode' not in l and not l.startswith('[Stub') and not l.startswith('[Exception') and not l.startswith('[Deopt'): 
        if l.startswith('[/MachCode]'): break
    m=re.match(r'\s+0x([0-9a-f]+): ((?:[0-9a-f]{4} ?\|? ?)+)$', l)
    if m:
        addr=int(m.group(1),16)
        hx=m.group(2).replace('|','').replace(' ','')
        if base is None: base=addr
        if addr-base>len(data): data+=b'\x00'*(addr-base-len(data))
        data[addr-base:addr-base+len(hx)//2]=bytes.fromhex(hx)
open('/tmp/code.bin','wb').write(data)
print(hex(base), len(data))
subprocess.run(['objdump','-D','-b','binary','-m','i386:x86-64','--adjust-vma=%#x'%base,'/tmp/code.bin'],stdout=open(sys.argv[2],'w'))
