// STREAM-like bandwidth probe (AVX2 port of the team's stream.c probe): read-only sum and triad over 256 MiB arrays.
// Build: gcc -O3 -march=native -fopenmp stream.c -o stream ; run: OMP_NUM_THREADS=1|2 ./stream
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <omp.h>
#include <immintrin.h>
static double now(void){struct timespec t;clock_gettime(CLOCK_MONOTONIC,&t);return t.tv_sec+t.tv_nsec*1e-9;}
static int cmpd(const void*a,const void*b){double x=*(double*)a,y=*(double*)b;return x<y?-1:x>y;}
int main(int argc,char**argv){
  size_t bytes=(argc>1?atol(argv[1]):256)<<20; size_t n=bytes/8;
  double *a=aligned_alloc(64,bytes),*b=aligned_alloc(64,bytes),*c=aligned_alloc(64,bytes);
  #pragma omp parallel for schedule(static)
  for(size_t i=0;i<n;i++){a[i]=1.0;b[i]=2.0+i*1e-9;c[i]=0.5;}
  int R=7; double ts[7],tt[7],tc[7]; double sink=0;
  for(int r=0;r<R;r++){
    double t=now(),s=0;
    #pragma omp parallel for reduction(+:s) schedule(static)
    for(size_t i=0;i<n;i+=16){ /* 4 independent 4-wide accumulators: not latency-bound */
      __m256d s0=_mm256_load_pd(b+i),s1=_mm256_load_pd(b+i+4),s2=_mm256_load_pd(b+i+8),s3=_mm256_load_pd(b+i+12);
      __m256d t4=_mm256_add_pd(_mm256_add_pd(s0,s1),_mm256_add_pd(s2,s3)); double q[4]; _mm256_storeu_pd(q,t4); s+=q[0]+q[1]+q[2]+q[3];
    }
    ts[r]=now()-t; sink+=s;
    t=now();
    #pragma omp parallel for schedule(static)
    for(size_t i=0;i<n;i++) a[i]=b[i]+3.0*c[i];
    tt[r]=now()-t; sink+=a[n/3];
    t=now();
    #pragma omp parallel for schedule(static)
    for(size_t i=0;i<n;i++) c[i]=b[i];
    tc[r]=now()-t; sink+=c[n/5];
  }
  qsort(ts,R,8,cmpd);qsort(tt,R,8,cmpd);qsort(tc,R,8,cmpd);
  printf("threads=%d array=%zu MiB  sum(read-only): median %.2f GB/s best %.2f | copy: median %.2f GB/s | triad: median %.2f GB/s best %.2f  (sink %g)\n",
    omp_get_max_threads(),bytes>>20, bytes/ts[R/2]/1e9, bytes/ts[0]/1e9, 2.0*bytes/tc[R/2]/1e9, 3.0*bytes/tt[R/2]/1e9, 3.0*bytes/tt[0]/1e9, sink);
  return 0;
}
